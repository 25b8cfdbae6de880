// The index entries of one article: the story features the matcher posts, computed exactly
// as the corpus build computes them (storyFeatures), under the current index format.
import { INDEX_FORMAT } from '../corpus/indexFormat';
import { storyFeatures } from '../match/storyFeatures';
import type { Quote } from '../types';
import type { LibraryIndexEntries } from './libraryArticle';

export function libraryIndexEntries(text: string, quotes: readonly Quote[]): LibraryIndexEntries {
  const f = storyFeatures(text, quotes);
  return { format: INDEX_FORMAT, fingerprints: f.fingerprints, quoteFingerprints: f.quoteFingerprints, terms: f.terms };
}
