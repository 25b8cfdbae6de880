// Reads one posting list. Own properties only: the postings are plain JSON objects, and a
// key such as "constructor" must not find Object.prototype's.

/** The posting list for `key`, or an empty list. */
export function postingList(postings: Record<string, number[]>, key: string | number): readonly number[] {
  const k = String(key);
  return Object.hasOwn(postings, k) ? (postings[k] ?? []) : [];
}
