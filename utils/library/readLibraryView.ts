// The part of the stored library one page needs, read from IndexedDB when the page is compared:
// the background no longer loads every kept article at each service-worker wake (nine seconds of
// CPU and 160 MB at 10,000 articles), it reads, in ONE read-only transaction (one consistent
// snapshot):
//   1. the ids in reading order (the readAt index: keys only), which number the library's slots
//      exactly as loading it whole does (oldest reading first, after the corpus's documents) and
//      give the number of documents the banal limit is taken from;
//   2. for each key of the page (its text and quote fingerprints, its content words), the kept
//      articles filed under it (the multiEntry indexes of schema version 2), at most limit + 1 of
//      them: a longer list is banal and left out, as the whole index leaves it out;
//   3. the candidates those postings rank first (storyCandidates, the matcher's own ranking),
//      and only those records.
// The result is a CorpusIndex the unchanged matcher reads: the page's postings, the candidates'
// documents in their slots (the other slots hold a placeholder no posting read for this page
// ranks), and the candidates' quote words. For the page, matchStory sees the same postings and
// scores the same candidates as on the whole index, so the story matches are the same; quote
// matches and differences are found among the story's articles, as compareWithCorpus keeps them.
import type { CorpusDoc, CorpusIndex } from '../corpus/indexFormat';
import { postingList } from '../corpus/postingList';
import { storyCandidates } from '../match/matchStory';
import { storyFeatures } from '../match/storyFeatures';
import type { Analysis } from '../types';
import type { LibraryView } from './compareWithLibrary';
import type { LibraryArticle } from './libraryArticle';
import type { LibraryDb } from './libraryDb';
import { FILTERED_POSTINGS, REMOVED_SLOT, type FilteredPostings } from './libraryIndex';
import { banalLimit } from './banalLimit';
import { currentEntries } from './currentEntries';
import { libraryDoc } from './libraryDoc';
import { quoteWordsOf } from './quoteWordsOf';
import { readLibraryArticle } from './readLibraryArticle';

/** The stored index (libraryDb.ts, version 2) that files articles under each kind of key. */
const STORED: Record<FilteredPostings, 'fingerprints' | 'quoteFingerprints' | 'terms'> = {
  postings: 'fingerprints',
  quotePostings: 'quoteFingerprints',
  termPostings: 'terms',
};

// Null-prototype objects: a key such as "__proto__" must be an ordinary key, as in the JSON index.
const record = (): Record<string, number[]> => Object.create(null) as Record<string, number[]>;

/**
 * What the background keeps from one page to the next (only it writes the library, and it
 * forgets what a write changes: createLibraryService):
 * - `docs`: kept articles read for earlier pages, as the matcher's documents, by id: the matcher
 *   reads a document's features once per document object (docFeatures, matchQuotes'
 *   quote words), so the same object for the same article keeps that work from being redone on
 *   every page (a reader reading one event meets the same candidates again);
 * - `order`: the ids in reading order (10,000 keys at 10,000 articles), null until read;
 * - `writes`: counts the writes, so an order read while a write landed is not kept.
 */
export interface LibraryReadCache {
  docs: Map<string, { doc: CorpusDoc; article: LibraryArticle }>;
  order: string[] | null;
  writes: number;
}
type LibraryDocCache = LibraryReadCache['docs'];

/** Articles held in a LibraryDocCache: a few candidate lists' worth, a few MB. */
export const MAX_CACHED_DOCS = 300;

function cached(cache: LibraryDocCache | undefined, id: string): { doc: CorpusDoc; article: LibraryArticle } | undefined {
  const held = cache?.get(id);
  if (held) {
    // Most recently used last: the first entry is the one to drop.
    cache!.delete(id);
    cache!.set(id, held);
  }
  return held;
}

function remember(cache: LibraryDocCache | undefined, id: string, held: { doc: CorpusDoc; article: LibraryArticle }): void {
  if (!cache) return;
  cache.set(id, held);
  if (cache.size > MAX_CACHED_DOCS) cache.delete(cache.keys().next().value!);
}

export async function readLibraryView(db: LibraryDb, corpus: CorpusIndex, reading: Analysis, cache?: LibraryReadCache): Promise<LibraryView> {
  const articles: LibraryView['articles'] = new Map();
  if (!reading.isArticle || !reading.article || reading.problem) return { view: corpus, articles, live: corpus.docs.length };
  const page = storyFeatures(reading.article.text, reading.quotes);
  const store = db.transaction('articles').store;
  const writes = cache?.writes;
  const order = cache?.order ?? (await store.index('readAt').getAllKeys());
  if (cache && cache.writes === writes) cache.order = order;
  const base = corpus.docs.length;
  const slotOf = new Map(order.map((id, i) => [id, base + i]));
  const limit = banalLimit(base + order.length);
  const view: CorpusIndex = {
    ...corpus,
    docs: [...corpus.docs, ...new Array<typeof REMOVED_SLOT>(order.length).fill(REMOVED_SLOT)],
    postings: record(),
    quotePostings: record(),
    termPostings: record(),
    quoteWordPostings: record(),
  };
  const keys: Record<FilteredPostings, ReadonlyArray<number | string>> = { postings: page.fingerprints, quotePostings: page.quoteFingerprints, termPostings: page.terms };
  await Promise.all(
    FILTERED_POSTINGS.flatMap((kind) =>
      keys[kind].map(async (key) => {
        const own = postingList(corpus[kind], key);
        const ids = await store.index(STORED[kind]).getAllKeys(key as never, limit + 1);
        // A record without a valid readAt is in no slot (loading the library whole skips it too).
        const slots = ids.flatMap((id) => slotOf.get(id) ?? []).sort((a, b) => a - b);
        const length = own.length + slots.length;
        if (length > 0 && length <= limit) view[kind][key] = [...own, ...slots];
      }),
    ),
  );
  const wanted = storyCandidates(page, view).flatMap(([slot]) => (slot >= base ? [slot] : [])).sort((a, b) => a - b);
  const held = await Promise.all(
    wanted.map(async (slot) => {
      const id = order[slot - base]!;
      const known = cached(cache?.docs, id);
      if (known) return known;
      const read = readLibraryArticle(await store.get(id));
      if (!('article' in read)) return null;
      const entries = currentEntries(read.article);
      const article: LibraryArticle = entries === read.article.index ? read.article : { ...read.article, index: entries };
      const fresh = { doc: libraryDoc(article, entries), article };
      remember(cache?.docs, id, fresh);
      return fresh;
    }),
  );
  const words = view.quoteWordPostings;
  for (const [word, list] of Object.entries(corpus.quoteWordPostings)) words[word] = list;
  const copied = new Set<string>();
  wanted.forEach((slot, i) => {
    if (!held[i]) return;
    const { doc, article } = held[i];
    view.docs[slot] = doc;
    articles.set(article.id, { slot, article });
    article.quotes.forEach((quote, q) => {
      for (const word of quoteWordsOf(quote.text)) {
        // The corpus's lists are shared, never changed: a word's list is copied before the first append.
        if (!copied.has(word)) {
          copied.add(word);
          words[word] = [...(words[word] ?? [])];
        }
        words[word]!.push(slot, q);
      }
    });
  });
  return { view, articles, live: base + order.length };
}
