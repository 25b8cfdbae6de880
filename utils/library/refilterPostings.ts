// Keeps the matcher's view of the postings equal to a full build's after one document was
// added or removed: the keys it touched change side by their own length, and when the banal
// limit moved with the number of documents, so may every long key.
import { banalLimit } from './banalLimit';
import { FILTERED_POSTINGS, type FilteredPostings, type LibraryIndex } from './libraryIndex';

/** Puts `key` in or out of the view by the length of its whole list. */
export function placeKey(index: LibraryIndex, kind: FilteredPostings, key: string): void {
  const list = index.full[kind].get(key);
  const postings = index.view[kind];
  if (!list || list.length === 0) {
    index.full[kind].delete(key);
    index.long[kind].delete(key);
    delete postings[key];
    return;
  }
  if (list.length > banalLimit(0)) index.long[kind].add(key);
  else index.long[kind].delete(key);
  if (list.length <= index.limit) postings[key] = list;
  else delete postings[key];
}

/** After the number of documents changed: moves the banal limit and re-places the long keys if it moved. */
export function refilterPostings(index: LibraryIndex): void {
  const limit = banalLimit(index.live);
  if (limit === index.limit) return;
  index.limit = limit;
  for (const kind of FILTERED_POSTINGS) for (const key of index.long[kind]) placeKey(index, kind, key);
}
