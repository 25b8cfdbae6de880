// The index of the corpus and a whole kept library at once, for the background's start-up after
// the service worker wakes: the same index as adding the articles one by one (addToLibraryIndex),
// but each key is placed once at the end, against the final banal limit, instead of once per
// article that has it: about a third of the time per article (docs/library.md, Figures).
import type { CorpusIndex } from '../corpus/indexFormat';
import type { LibraryArticle } from './libraryArticle';
import { createLibraryIndex, FILTERED_POSTINGS, type FilteredPostings, type LibraryIndex } from './libraryIndex';
import { addToLibraryIndex } from './addToLibraryIndex';
import { currentEntries } from './currentEntries';
import { libraryDoc } from './libraryDoc';
import { placeKey, refilterPostings } from './refilterPostings';
import { quoteWordsOf } from './quoteWordsOf';

export function loadLibraryIndex(corpus: CorpusIndex, articles: readonly LibraryArticle[]): LibraryIndex {
  const index = createLibraryIndex(corpus);
  // The same article twice: one by one, the later replaces the earlier (and leaves a removed slot).
  if (new Set(articles.map((a) => a.id)).size !== articles.length) {
    for (const article of articles) addToLibraryIndex(index, article);
    return index;
  }
  const touched: Record<FilteredPostings, Set<string>> = { postings: new Set(), quotePostings: new Set(), termPostings: new Set() };
  const words = index.view.quoteWordPostings;
  for (const article of articles) {
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
    article.quotes.forEach((quote, q) => {
      for (const word of quoteWordsOf(quote.text)) {
        const list = words[word];
        if (list) list.push(slot, q);
        else words[word] = [slot, q];
      }
    });
  }
  // The limit of the final size, then every key the library touched placed by its final length.
  refilterPostings(index);
  for (const kind of FILTERED_POSTINGS) for (const key of touched[kind]) placeKey(index, kind, key);
  return index;
}
