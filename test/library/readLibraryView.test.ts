// The background no longer loads the whole library at each service-worker wake: it reads from
// the stored index (IndexedDB's multiEntry indexes, fake-indexeddb here) just the postings and
// articles one page needs. The reader must not notice: for any library — past the banal limit,
// after deletions and re-readings — the page finds the same candidates with the same scores, and
// the same story, quote matches and differences, as with the whole library loaded in memory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openLibraryDb, type LibraryDb } from '../../utils/library/libraryDb';
import { keepArticle } from '../../utils/library/keepArticle';
import { saveSettings } from '../../utils/library/saveSettings';
import { deleteArticle } from '../../utils/library/forgetArticles';
import { readAllArticles } from '../../utils/library/readAllArticles';
import { loadLibraryIndex } from '../../utils/library/loadLibraryIndex';
import { readLibraryView } from '../../utils/library/readLibraryView';
import { compareWithLibrary } from '../../utils/library/compareWithLibrary';
import { buildLibraryArticle } from '../../utils/library/buildLibraryArticle';
import { scoreStory } from '../../utils/match/matchStory';
import { BANAL_MIN_DOCS } from '../../utils/match/storyThresholds';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import type { Analysis } from '../../utils/types';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { articleFromText } from './articleFromText';
import { corpusOf, rare, textArb } from './libraryTextArb';
import { readLibraryPage, shippedIndex } from './libraryPages';

const at = (minute: number): string => new Date(Date.UTC(2026, 11, 2, 8, 0) + minute * 60_000).toISOString();

const pageOf = (text: string, url: string): Analysis => ({
  ...emptyAnalysis('This is a news article.', url),
  isArticle: true,
  article: { title: text.slice(0, 40), siteName: 'Test Outlet', byline: null, published: null, lang: 'en', text },
  quotes: extractQuotes(text),
});

async function libraryOf(articles: readonly LibraryArticle[]): Promise<LibraryDb> {
  globalThis.indexedDB = new IDBFactory();
  const db = await openLibraryDb();
  await saveSettings(db, { enabled: true, maxArticles: 10_000 });
  for (const a of articles) await keepArticle(db, a);
  return db;
}

/** The page compared both ways: from the stored index, and with the whole library loaded (the in-memory index). */
async function bothWays(db: LibraryDb, corpus: CorpusIndex, page: Analysis): Promise<{ stored: Analysis; loaded: Analysis; storedScores: unknown; loadedScores: unknown }> {
  const slice = await readLibraryView(db, corpus, page);
  const whole = loadLibraryIndex(corpus, (await readAllArticles(db)).articles);
  const text = page.article!.text;
  return {
    stored: compareWithLibrary(page, slice),
    loaded: compareWithLibrary(page, whole),
    storedScores: scoreStory(text, page.quotes, slice.view),
    loadedScores: scoreStory(text, page.quotes, whole.view),
  };
}

const answer = (a: Analysis): unknown => ({ story: a.story, quoteMatches: a.quoteMatches, differences: a.differences, problem: a.problem });

describe('the stored index, read for one page', () => {
  it('scores the same candidates and gives the same answer as the whole library in memory, for libraries of more than BANAL_MIN_DOCS articles, after deletions and re-readings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(textArb, { minLength: 1, maxLength: 2 }),
        fc.array(textArb, { minLength: BANAL_MIN_DOCS + 2, maxLength: BANAL_MIN_DOCS + 15 }),
        fc.array(fc.nat(80), { maxLength: 6 }),
        fc.array(textArb, { minLength: 1, maxLength: 3 }),
        async (corpusTexts, texts, gone, pages) => {
          const articles = texts.map((text, i) => articleFromText(text, `https://site${i % 7}.example/a/${i}`, at(i)));
          const db = await libraryOf(articles);
          for (const i of gone) if (articles[i]) await deleteArticle(db, articles[i].id);
          // Read again later: the same article moves to the end of the reading order.
          await keepArticle(db, { ...articles[0]!, readAt: at(500) });
          const corpus = corpusOf(corpusTexts);
          for (const text of [...pages, texts[1]!]) {
            const r = await bothWays(db, corpus, pageOf(text, 'https://reader.example/page'));
            expect(r.storedScores).toEqual(r.loadedScores);
            expect(answer(r.stored)).toEqual(answer(r.loaded));
          }
          db.close();
        },
      ),
      { numRuns: 6 },
    );
  }, 60_000);

  it('on the Harwick fixture pages among many other articles: the same copy, rewrite, quote variant and difference', async () => {
    const kept = (['syndicated', 'rewrite', 'unrelated'] as const).map((name, i) => buildLibraryArticle(readLibraryPage(name), at(100 + i))!);
    const filler = Array.from({ length: BANAL_MIN_DOCS + 10 }, (_, i) => articleFromText(`The ${i}th market day in the town drew traders from the north bank, and the council said the shuttle bus ran every hour. "It was busy," said stallholder Jo Reyes.`, `https://filler.example/m/${i}`, at(i)));
    const db = await libraryOf([...filler, ...kept]);
    const r = await bothWays(db, shippedIndex(), readLibraryPage('original'));
    expect(r.stored.story.map((s) => [s.docId, s.relation])).toEqual([[kept[0]!.id, 'copy'], [kept[1]!.id, 'rewrite']]);
    expect(r.stored.quoteMatches.length).toBeGreaterThan(0);
    expect(r.stored.differences.length).toBeGreaterThan(0);
    expect(answer(r.stored)).toEqual(answer(r.loaded));
    db.close();
  }, 60_000);

  it('leaves a word out once more than BANAL_MIN_DOCS documents carry it, and back in when one is deleted', async () => {
    const withWord = (i: number): LibraryArticle => articleFromText(`the council met, item ${rare(i)}.`, `https://example.org/n/${i}`, at(i));
    const db = await libraryOf(Array.from({ length: BANAL_MIN_DOCS + 1 }, (_, i) => withWord(i)));
    const corpus = corpusOf(['an unrelated corpus text about something else entirely']);
    const page = pageOf(`the council met again, item ${rare(3)}.`, 'https://reader.example/page');
    const before = await readLibraryView(db, corpus, page);
    expect(Object.hasOwn(before.view.termPostings, 'council')).toBe(false);
    expect(before.view.termPostings[rare(3)]).toEqual([corpus.docs.length + 3]);
    await deleteArticle(db, withWord(0).id);
    const after = await readLibraryView(db, corpus, page);
    expect(after.view.termPostings.council).toHaveLength(BANAL_MIN_DOCS);
    db.close();
  });

  it('reads nothing for a page that is not an article', async () => {
    const db = await libraryOf([articleFromText('The council voted on the bridge.', 'https://example.org/a')]);
    const notArticle = { ...emptyAnalysis('A sign-in page.', 'https://example.org/login'), isArticle: false };
    const slice = await readLibraryView(db, shippedIndex(), notArticle);
    expect(slice.articles.size).toBe(0);
    db.close();
  });
});
