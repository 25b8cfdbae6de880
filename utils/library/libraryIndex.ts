// The bundled corpus and the reader's library as ONE index, read by the same matcher
// (matchStory, matchQuotes, findDifferences take a CorpusIndex: `view` is one). It grows by one
// article at a time (addToLibraryIndex) and shrinks by one (removeFromLibraryIndex), never
// rebuilt: each posting list is kept whole in `full`, and `view` holds the lists that are not
// banal under the current number of documents — exactly what buildIndex would write for the
// corpus texts followed by the library's (test/library/libraryIndex.test.ts checks this).
import type { CorpusDoc, CorpusIndex } from '../corpus/indexFormat';
import type { LibraryArticle } from './libraryArticle';
import { banalLimit } from './banalLimit';

/** The three fingerprint postings that leave banal keys out. */
export type FilteredPostings = 'postings' | 'quotePostings' | 'termPostings';
export const FILTERED_POSTINGS: readonly FilteredPostings[] = ['postings', 'quotePostings', 'termPostings'];

/** Long keys bucketed by the length of their lists. */
export interface LongKeys {
  byLength: Map<number, Set<string>>;
  lengthOf: Map<string, number>;
}

const longKeys = (): LongKeys => ({ byLength: new Map(), lengthOf: new Map() });

export interface LibraryIndex {
  /** What the matcher reads: corpus documents first, then one slot per library article added. */
  view: CorpusIndex;
  /** Every key's whole posting list, banal ones included; `view` shares the same arrays. */
  full: Record<FilteredPostings, Map<string, number[]>>;
  /**
   * Keys whose lists are longer than the smallest banal limit, by list length: only they can
   * change side when the limit moves, and only those whose length lies between the old and the
   * new limit do, so a move re-places a bucket or two, not every long key.
   */
  long: Record<FilteredPostings, LongKeys>;
  /** Documents held: corpus + library (a removed article's slot does not count). */
  live: number;
  /** The banal limit `view` is filtered with. */
  limit: number;
  /** Number of corpus documents (slots below it are the corpus's, never removed). */
  corpusDocs: number;
  /** The library's articles by id, each with its slot in view.docs. */
  articles: Map<string, { slot: number; article: LibraryArticle }>;
}

/** Stands in a removed article's slot, so later slots keep their numbers; no posting points at it. */
export const REMOVED_SLOT: CorpusDoc = Object.freeze({
  docId: 'lib:removed',
  outlet: null,
  title: '',
  titleDerived: false,
  credits: [],
  note: '',
  outletLabel: '',
  text: '',
  quotes: [],
  fingerprints: { text: 0, quote: 0, terms: 0 },
}) as CorpusDoc;

// Null-prototype objects: a key such as "__proto__" must be an ordinary key, as in the JSON index.
const record = (): Record<string, number[]> => Object.create(null) as Record<string, number[]>;

/** An index holding the corpus and an empty library. The corpus index is not changed. */
export function createLibraryIndex(corpus: CorpusIndex): LibraryIndex {
  const view: CorpusIndex = {
    ...corpus,
    docs: [...corpus.docs],
    postings: record(),
    quotePostings: record(),
    termPostings: record(),
    quoteWordPostings: record(),
  };
  const full = { postings: new Map(), quotePostings: new Map(), termPostings: new Map() } as LibraryIndex['full'];
  const long = { postings: longKeys(), quotePostings: longKeys(), termPostings: longKeys() };
  const limit = banalLimit(corpus.docs.length);
  for (const kind of FILTERED_POSTINGS) {
    for (const [key, list] of Object.entries(corpus[kind])) {
      const copy = [...list];
      full[kind].set(key, copy);
      view[kind][key] = copy;
      if (copy.length > banalLimit(0)) {
        const bucket = long[kind].byLength.get(copy.length) ?? new Set<string>();
        long[kind].byLength.set(copy.length, bucket.add(key));
        long[kind].lengthOf.set(key, copy.length);
      }
    }
  }
  for (const [key, list] of Object.entries(corpus.quoteWordPostings)) view.quoteWordPostings[key] = [...list];
  return { view, full, long, live: corpus.docs.length, limit, corpusDocs: corpus.docs.length, articles: new Map() };
}
