// The library's index grows and shrinks one article at a time, yet always holds exactly what
// a full build (buildIndex) of the corpus texts followed by the library's live articles would:
// the same postings, banal keys left out by the same rule, the same quote-word postings. So the
// matcher finds the same matches whether the library was built whole or article by article.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex, type CorpusSource } from '../../utils/corpus/buildIndex';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { createLibraryIndex, REMOVED_SLOT, type LibraryIndex } from '../../utils/library/libraryIndex';
import { addToLibraryIndex } from '../../utils/library/addToLibraryIndex';
import { loadLibraryIndex } from '../../utils/library/loadLibraryIndex';
import { removeFromLibraryIndex } from '../../utils/library/removeFromLibraryIndex';
import { BANAL_MIN_DOCS } from '../../utils/match/storyThresholds';
import { matchStory } from '../../utils/match/matchStory';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import { articleFromText } from './articleFromText';
import { corpusOf, rare, textArb } from './libraryTextArb';

/** What a full build writes for the corpus texts followed by these library articles. */
function fullBuild(corpusTexts: string[], articles: LibraryArticle[]): CorpusIndex {
  const quotesOf = new Map(articles.map((a) => [a.text, a.quotes]));
  const sources: CorpusSource[] = [
    ...corpusTexts.map((text, i) => ({ meta: { docId: String(i).padStart(3, '0'), outlet: null, title: 't', titleDerived: true, credits: [], note: '' }, text })),
    ...articles.map((a) => ({ meta: { docId: a.id, outlet: a.outlet, title: a.title, titleDerived: false, credits: a.credits, note: '' }, text: a.text })),
  ];
  return buildIndex(sources, (text) => quotesOf.get(text) ?? extractQuotes(text));
}

/** The incremental index with removed slots dropped and the rest numbered densely, as a full build numbers them. */
function dense(index: LibraryIndex): Pick<CorpusIndex, 'postings' | 'quotePostings' | 'termPostings' | 'quoteWordPostings'> & { docIds: string[]; counts: unknown[] } {
  const renumber = new Map<number, number>();
  index.view.docs.forEach((doc, slot) => {
    if (doc !== REMOVED_SLOT) renumber.set(slot, renumber.size);
  });
  const lists = (postings: Record<string, number[]>): Record<string, number[]> => Object.fromEntries(Object.entries(postings).map(([k, list]) => [k, list.map((d) => renumber.get(d)!)]));
  const pairs = (postings: Record<string, number[]>): Record<string, number[]> => Object.fromEntries(Object.entries(postings).map(([k, list]) => [k, list.map((v, i) => (i % 2 === 0 ? renumber.get(v)! : v))]));
  const live = index.view.docs.filter((d) => d !== REMOVED_SLOT);
  return {
    postings: lists(index.view.postings),
    quotePostings: lists(index.view.quotePostings),
    termPostings: lists(index.view.termPostings),
    quoteWordPostings: pairs(index.view.quoteWordPostings),
    docIds: live.map((d) => d.docId),
    counts: live.map((d) => d.fingerprints),
  };
}

function expectSameAsFullBuild(index: LibraryIndex, corpusTexts: string[], live: LibraryArticle[]): void {
  const full = fullBuild(corpusTexts, live);
  const got = dense(index);
  expect(got.docIds).toEqual(full.docs.map((d) => d.docId));
  expect(got.counts).toEqual(full.docs.map((d) => d.fingerprints));
  expect(got.postings).toEqual({ ...full.postings });
  expect(got.quotePostings).toEqual({ ...full.quotePostings });
  expect(got.termPostings).toEqual({ ...full.termPostings });
  expect(got.quoteWordPostings).toEqual({ ...full.quoteWordPostings });
}

describe('the library index, one article at a time', () => {
  it('equals a full build after every add, banal keys included, past BANAL_MIN_DOCS articles', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 3 }), fc.array(textArb, { minLength: BANAL_MIN_DOCS + 5, maxLength: BANAL_MIN_DOCS + 25 }), (corpusTexts, texts) => {
        const index = createLibraryIndex(corpusOf(corpusTexts));
        const articles = texts.map((text, i) => articleFromText(text, `https://example.org/a/${i}`));
        articles.forEach((a) => addToLibraryIndex(index, a));
        expectSameAsFullBuild(index, corpusTexts, articles);
        // The property would be empty if nothing were banal: the small vocabulary makes some words so.
        return true;
      }),
      { numRuns: 8 },
    );
  });

  it('loaded whole at start-up, equals a full build, and grows on by one article as before', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 3 }), fc.array(textArb, { minLength: BANAL_MIN_DOCS + 5, maxLength: BANAL_MIN_DOCS + 25 }), fc.array(textArb, { minLength: 1, maxLength: 4 }), (corpusTexts, texts, later) => {
        const articles = texts.map((text, i) => articleFromText(text, `https://example.org/a/${i}`));
        const index = loadLibraryIndex(corpusOf(corpusTexts), articles);
        expectSameAsFullBuild(index, corpusTexts, articles);
        const added = later.map((text, i) => articleFromText(text, `https://example.org/later/${i}`));
        added.forEach((a) => addToLibraryIndex(index, a));
        expectSameAsFullBuild(index, corpusTexts, [...articles, ...added]);
        return true;
      }),
      { numRuns: 8 },
    );
  });

  it('equals a full build of what is left after removals and further adds', () => {
    fc.assert(
      fc.property(
        fc.array(textArb, { minLength: 1, maxLength: 2 }),
        fc.array(textArb, { minLength: BANAL_MIN_DOCS - 5, maxLength: BANAL_MIN_DOCS + 30 }),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        fc.array(textArb, { minLength: 0, maxLength: 8 }),
        (corpusTexts, texts, removed, more) => {
          const index = createLibraryIndex(corpusOf(corpusTexts));
          const articles = texts.map((text, i) => articleFromText(text, `https://example.org/a/${i}`));
          articles.forEach((a) => addToLibraryIndex(index, a));
          const kept = articles.filter((a, i) => !(removed[i] && removeFromLibraryIndex(index, a.id)));
          const added = more.map((text, i) => articleFromText(text, `https://example.org/b/${i}`));
          added.forEach((a) => addToLibraryIndex(index, a));
          expectSameAsFullBuild(index, corpusTexts, [...kept, ...added]);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('leaves a word out once it is in more than BANAL_MIN_DOCS articles, and back in when one goes', () => {
    const index = createLibraryIndex(corpusOf(['an unrelated corpus text about something else entirely']));
    const withWord = (i: number): LibraryArticle => articleFromText(`the council met, item ${rare(i)}.`, `https://example.org/n/${i}`);
    for (let i = 0; i < BANAL_MIN_DOCS; i++) addToLibraryIndex(index, withWord(i));
    expect(index.view.termPostings.council).toHaveLength(BANAL_MIN_DOCS);
    addToLibraryIndex(index, withWord(BANAL_MIN_DOCS));
    expect(Object.hasOwn(index.view.termPostings, 'council')).toBe(false);
    expect(Object.hasOwn(index.view.termPostings, rare(3))).toBe(true);
    removeFromLibraryIndex(index, withWord(0).id);
    expect(index.view.termPostings.council).toHaveLength(BANAL_MIN_DOCS);
  });

  it('re-admits and drops a word that no add touches when the banal share moves with the library size', () => {
    const index = createLibraryIndex(corpusOf(['an unrelated corpus text about something else entirely']));
    const others: LibraryArticle[] = [];
    for (let i = 0; i < 55; i++) addToLibraryIndex(index, articleFromText(`the council met, item ${rare(i)}.`, `https://example.org/c/${i}`));
    for (let i = 0; i < 45; i++) others.push(articleFromText(`a bakery opened, item ${rare(100 + i)}.`, `https://example.org/o/${i}`));
    others.forEach((a) => addToLibraryIndex(index, a));
    expect(Object.hasOwn(index.view.termPostings, 'council')).toBe(false); // 55 of 101 > 50
    for (let i = 45; i < 130; i++) {
      const a = articleFromText(`a bakery opened, item ${rare(100 + i)}.`, `https://example.org/o/${i}`);
      others.push(a);
      addToLibraryIndex(index, a);
    }
    expect(index.view.termPostings.council).toHaveLength(55); // 186 documents: the limit is ceil(0.3 × 186) = 56
    for (const a of others.slice(0, 10)) removeFromLibraryIndex(index, a.id);
    expect(Object.hasOwn(index.view.termPostings, 'council')).toBe(false); // 176 documents: ceil(0.3 × 176) = 53 < 55
  });

  it('reading the same article again replaces it: kept once, with the latest reading', () => {
    const index = createLibraryIndex(corpusOf(['a corpus text']));
    const first = articleFromText('The council voted to close the bridge over the river for repairs.', 'https://example.org/bridge', '2026-12-01T08:00:00.000Z');
    const again = articleFromText('The council voted to close the bridge over the river for repairs.', 'https://www.example.org/bridge?utm_source=feed#top', '2026-12-02T08:00:00.000Z');
    addToLibraryIndex(index, first);
    addToLibraryIndex(index, again);
    expect(index.articles.size).toBe(1);
    expect([...index.articles.values()][0]!.article.readAt).toBe('2026-12-02T08:00:00.000Z');
    expect(index.view.docs.filter((d) => d.docId === first.id)).toHaveLength(1);
    expectSameAsFullBuild(index, ['a corpus text'], [again]);
  });

  it('a removed article is matched no more; the others still are', () => {
    const text = 'Harwick council voted seven to four on Monday night to close the Elm Street bridge to all traffic from March, after engineers found corrosion in the steel beams.';
    const index = createLibraryIndex(corpusOf(['a corpus text']));
    const a = articleFromText(text, 'https://one.example/bridge');
    const b = articleFromText(`${text} The mayor spoke.`, 'https://two.example/bridge');
    addToLibraryIndex(index, a);
    addToLibraryIndex(index, b);
    expect(matchStory(text, [], index.view).map((m) => m.docId).sort()).toEqual([a.id, b.id].sort());
    removeFromLibraryIndex(index, a.id);
    expect(matchStory(text, [], index.view).map((m) => m.docId)).toEqual([b.id]);
  });

  it('does not change the corpus index it was made from', () => {
    const corpus = corpusOf(['the council voted on the bridge', 'the mayor spoke about the river']);
    const before = JSON.stringify(corpus);
    const index = createLibraryIndex(corpus);
    addToLibraryIndex(index, articleFromText('the council voted on the bridge and the river', 'https://example.org/x'));
    expect(JSON.stringify(corpus)).toBe(before);
  });
});
