// Removes one library article from the index: its slot leaves the posting list of each of its
// keys (found by binary search: lists are ascending) and is left holding REMOVED_SLOT, so the
// other slots keep their numbers. Work is proportional to the article and the log of the lists.
import { FILTERED_POSTINGS, REMOVED_SLOT, type LibraryIndex } from './libraryIndex';
import { currentEntries } from './currentEntries';
import { placeKey, refilterPostings } from './refilterPostings';
import { quoteWordsOf } from './quoteWordsOf';

/** Position of `slot` in an ascending list, or -1. */
function find(list: readonly number[], slot: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === slot) return mid;
    if (v < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** True when the article was in the index. */
export function removeFromLibraryIndex(index: LibraryIndex, id: string): boolean {
  const held = index.articles.get(id);
  if (!held) return false;
  const { slot, article } = held;
  const entries = currentEntries(article);
  index.articles.delete(id);
  index.view.docs[slot] = REMOVED_SLOT;
  index.live -= 1;
  refilterPostings(index);
  const keys = { postings: entries.fingerprints, quotePostings: entries.quoteFingerprints, termPostings: entries.terms };
  for (const kind of FILTERED_POSTINGS) {
    for (const raw of keys[kind]) {
      const key = String(raw);
      const list = index.full[kind].get(key);
      const at = list ? find(list, slot) : -1;
      if (list && at >= 0) list.splice(at, 1);
      placeKey(index, kind, key);
    }
  }
  const words = index.view.quoteWordPostings;
  article.quotes.forEach((quote) => {
    for (const word of quoteWordsOf(quote.text)) {
      const list = words[word];
      if (!list) continue;
      const kept: number[] = [];
      for (let i = 0; i + 1 < list.length; i += 2) if (list[i] !== slot) kept.push(list[i]!, list[i + 1]!);
      if (kept.length) words[word] = kept;
      else delete words[word];
    }
  });
  return true;
}
