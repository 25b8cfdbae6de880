// One article's document appended in the next slot and its slot appended to the whole posting
// list of each of its keys (slots only grow, so every list stays ascending), quote words
// included. The caller places the keys it returns in or out of the view (placeKey) once the
// banal limit is known: after each add, or once after a whole load.
import { FILTERED_POSTINGS, type FilteredPostings, type LibraryIndex } from './libraryIndex';
import type { LibraryArticle } from './libraryArticle';
import { currentEntries } from './currentEntries';
import { libraryDoc } from './libraryDoc';
import { quoteWordsOf } from './quoteWordsOf';

export function appendArticle(index: LibraryIndex, article: LibraryArticle, touched: Record<FilteredPostings, Set<string>>): void {
  const entries = currentEntries(article);
  const slot = index.view.docs.length;
  index.view.docs.push(libraryDoc(article, entries));
  index.articles.set(article.id, { slot, article: entries === article.index ? article : { ...article, index: entries } });
  index.live += 1;
  const keys = { postings: entries.fingerprints, quotePostings: entries.quoteFingerprints, termPostings: entries.terms };
  for (const kind of FILTERED_POSTINGS) {
    const full = index.full[kind];
    for (const raw of keys[kind]) {
      const key = String(raw);
      const list = full.get(key);
      if (list) list.push(slot);
      else full.set(key, [slot]);
      touched[kind].add(key);
    }
  }
  const words = index.view.quoteWordPostings;
  article.quotes.forEach((quote, q) => {
    for (const word of quoteWordsOf(quote.text)) {
      const list = words[word];
      if (list) list.push(slot, q);
      else words[word] = [slot, q];
    }
  });
}

/** An empty set of touched keys per posting kind. */
export const noKeys = (): Record<FilteredPostings, Set<string>> => ({ postings: new Set(), quotePostings: new Set(), termPostings: new Set() });
