// The index of the corpus and a whole kept library at once, for the background's start-up after
// the service worker wakes: the same index as adding the articles one by one (addToLibraryIndex),
// but each key is placed once at the end, against the final banal limit, instead of once per
// article that has it: about a third of the time per article (docs/library.md, Figures).
import type { CorpusIndex } from '../corpus/indexFormat';
import type { LibraryArticle } from './libraryArticle';
import { createLibraryIndex, FILTERED_POSTINGS, type LibraryIndex } from './libraryIndex';
import { addToLibraryIndex } from './addToLibraryIndex';
import { placeKey, refilterPostings } from './refilterPostings';
import { appendArticle, noKeys } from './appendArticle';

export function loadLibraryIndex(corpus: CorpusIndex, articles: readonly LibraryArticle[]): LibraryIndex {
  const index = createLibraryIndex(corpus);
  // The same article twice: one by one, the later replaces the earlier (and leaves a removed slot).
  if (new Set(articles.map((a) => a.id)).size !== articles.length) {
    for (const article of articles) addToLibraryIndex(index, article);
    return index;
  }
  const touched = noKeys();
  for (const article of articles) appendArticle(index, article, touched);
  // The limit of the final size, then every key the library touched placed by its final length.
  refilterPostings(index);
  for (const kind of FILTERED_POSTINGS) for (const key of touched[kind]) placeKey(index, kind, key);
  return index;
}
