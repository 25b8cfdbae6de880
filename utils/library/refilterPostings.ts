// Keeps the matcher's view of the postings equal to a full build's after one document was
// added or removed: the keys it touched change side by their own length, and when the banal
// limit moved with the number of documents, so do the long keys whose length lies between the
// old limit and the new (found by their length bucket, not by scanning every long key).
import { banalLimit } from './banalLimit';
import { FILTERED_POSTINGS, type FilteredPostings, type LibraryIndex, type LongKeys } from './libraryIndex';

/** Files `key` under its list's length when that is past the smallest banal limit; else unfiles it. */
function fileLong(long: LongKeys, key: string, length: number): void {
  const was = long.lengthOf.get(key);
  if (was === length) return;
  if (was !== undefined) {
    const bucket = long.byLength.get(was)!;
    bucket.delete(key);
    if (bucket.size === 0) long.byLength.delete(was);
    long.lengthOf.delete(key);
  }
  if (length > banalLimit(0)) {
    let bucket = long.byLength.get(length);
    if (!bucket) long.byLength.set(length, (bucket = new Set()));
    bucket.add(key);
    long.lengthOf.set(key, length);
  }
}

/** Puts `key` in or out of the view by the length of its whole list. */
export function placeKey(index: LibraryIndex, kind: FilteredPostings, key: string): void {
  const list = index.full[kind].get(key);
  const postings = index.view[kind];
  fileLong(index.long[kind], key, list?.length ?? 0);
  if (!list || list.length === 0) {
    index.full[kind].delete(key);
    delete postings[key];
    return;
  }
  if (list.length <= index.limit) postings[key] = list;
  else delete postings[key];
}

/** After the number of documents changed: moves the banal limit and re-places the long keys if it moved. */
export function refilterPostings(index: LibraryIndex): void {
  const limit = banalLimit(index.live);
  if (limit === index.limit) return;
  const [low, high] = limit < index.limit ? [limit, index.limit] : [index.limit, limit];
  index.limit = limit;
  // Only a list whose length is in (low, high] is on the other side of the new limit.
  for (const kind of FILTERED_POSTINGS) {
    for (let length = low + 1; length <= high; length++) {
      for (const key of index.long[kind].byLength.get(length) ?? []) placeKey(index, kind, key);
    }
  }
}
