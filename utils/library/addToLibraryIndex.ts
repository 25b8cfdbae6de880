// Adds one article to the index: its document in the next slot, its slot appended to the
// posting list of each of its keys (slots only grow, so every list stays ascending), and the
// keys it touched re-placed. Work is proportional to the article, not to the library.
// The same article again (same id) replaces the earlier one.
import type { LibraryArticle } from './libraryArticle';
import { FILTERED_POSTINGS, type LibraryIndex } from './libraryIndex';
import { currentEntries } from './currentEntries';
import { libraryDoc } from './libraryDoc';
import { placeKey, refilterPostings } from './refilterPostings';
import { quoteWordsOf } from './quoteWordsOf';
import { removeFromLibraryIndex } from './removeFromLibraryIndex';

export function addToLibraryIndex(index: LibraryIndex, article: LibraryArticle): void {
  removeFromLibraryIndex(index, article.id);
  const entries = currentEntries(article);
  const slot = index.view.docs.length;
  index.view.docs.push(libraryDoc(article, entries));
  index.articles.set(article.id, { slot, article: entries === article.index ? article : { ...article, index: entries } });
  index.live += 1;
  const keys = { postings: entries.fingerprints, quotePostings: entries.quoteFingerprints, termPostings: entries.terms };
  // The limit first: a key is placed once, against the limit that holds after this add.
  refilterPostings(index);
  for (const kind of FILTERED_POSTINGS) {
    const full = index.full[kind];
    for (const raw of keys[kind]) {
      const key = String(raw);
      const list = full.get(key);
      if (list) list.push(slot);
      else full.set(key, [slot]);
      placeKey(index, kind, key);
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
