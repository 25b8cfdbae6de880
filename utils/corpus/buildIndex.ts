// Corpus texts + metadata -> CorpusIndex. Pure; run at build time by scripts/build-index.ts.
// Quotes come from the quote stage, so the corpus and the page are read the same way.
import { INDEX_FORMAT, type CorpusDoc, type CorpusIndex, type CorpusMeta } from './indexFormat';
import { outletLabel } from './outletLabel';
import { extractQuotes } from '../quotes/extractQuotes';
import type { Quote } from '../types';
import { storyFeatures, type StoryFeatures } from '../match/storyFeatures';
import { foldedWords } from '../text/foldedWords';
import { contentWords } from '../text/contentWords';
import { BANAL_DOC_SHARE, BANAL_MIN_DOCS } from '../match/storyThresholds';

export interface CorpusSource {
  meta: CorpusMeta;
  text: string;
}

/** Inverted index of each document's keys → doc indices, without keys found in too many documents. */
function invert(keysPerDoc: ReadonlyArray<readonly (string | number)[]>): Record<string, number[]> {
  const lists = new Map<string, number[]>();
  keysPerDoc.forEach((keys, i) => {
    for (const key of keys) {
      const k = String(key);
      const list = lists.get(k);
      if (list) list.push(i);
      else lists.set(k, [i]);
    }
  });
  const maxDocs = Math.max(BANAL_MIN_DOCS, Math.ceil(BANAL_DOC_SHARE * keysPerDoc.length));
  const postings: Record<string, number[]> = {};
  for (const [key, list] of lists) if (list.length <= maxDocs) postings[key] = list;
  return postings;
}

/** `findQuotes` is the quote stage; injectable so tests can give hand-checked quotes. */
export function buildIndex(sources: CorpusSource[], findQuotes: (text: string) => Quote[] = extractQuotes): CorpusIndex {
  const features: StoryFeatures[] = [];
  const docs: CorpusDoc[] = sources.map(({ meta, text }) => {
    const quotes = findQuotes(text);
    const f = storyFeatures(text, quotes);
    features.push(f);
    return {
      ...meta,
      outletLabel: outletLabel(meta),
      text,
      quotes,
      fingerprints: { text: f.fingerprints.length, quote: f.quoteFingerprints.length, terms: f.terms.length },
    };
  });
  // Quote words: [docIndex, quoteIndex] pairs, flattened, per content word.
  // (A Map, not an object, while building: a word such as "constructor" must not hit Object.prototype.)
  const quoteWords = new Map<string, number[]>();
  docs.forEach((doc, d) =>
    doc.quotes.forEach((quote, q) => {
      for (const word of new Set(contentWords(foldedWords(quote.text)))) {
        const list = quoteWords.get(word);
        if (list) list.push(d, q);
        else quoteWords.set(word, [d, q]);
      }
    }),
  );
  const quoteWordPostings = Object.fromEntries(quoteWords);
  return {
    format: INDEX_FORMAT,
    docs,
    postings: invert(features.map((f) => f.fingerprints)),
    quotePostings: invert(features.map((f) => f.quoteFingerprints)),
    termPostings: invert(features.map((f) => f.terms)),
    quoteWordPostings,
  };
}
