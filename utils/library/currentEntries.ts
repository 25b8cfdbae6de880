// An article's index entries under the current index format: the kept ones when they were
// computed under it, else recomputed from the kept text and quotes (a library outlives an
// update that changes how fingerprints are made).
import { INDEX_FORMAT } from '../corpus/indexFormat';
import type { LibraryArticle, LibraryIndexEntries } from './libraryArticle';
import { libraryIndexEntries } from './libraryIndexEntries';

export function currentEntries(article: LibraryArticle): LibraryIndexEntries {
  return article.index.format === INDEX_FORMAT ? article.index : libraryIndexEntries(article.text, article.quotes);
}
