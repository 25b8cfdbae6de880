// Adds one article to the index: its document in the next slot, its slot appended to the
// posting list of each of its keys (appendArticle), then the banal limit moved and the keys it
// touched re-placed. Work is proportional to the article, not to the library.
// The same article again (same id) replaces the earlier one.
import type { LibraryArticle } from './libraryArticle';
import { FILTERED_POSTINGS, type LibraryIndex } from './libraryIndex';
import { placeKey, refilterPostings } from './refilterPostings';
import { removeFromLibraryIndex } from './removeFromLibraryIndex';
import { appendArticle, noKeys } from './appendArticle';

export function addToLibraryIndex(index: LibraryIndex, article: LibraryArticle): void {
  removeFromLibraryIndex(index, article.id);
  const touched = noKeys();
  appendArticle(index, article, touched);
  // Each key ends placed by its list's final length against the limit that holds after this add.
  refilterPostings(index);
  for (const kind of FILTERED_POSTINGS) for (const key of touched[kind]) placeKey(index, kind, key);
}
