// A library article as the matcher sees a corpus document: same fields, its id as docId, the
// outlet the page named (or its site) as both outlet and label.
import type { CorpusDoc } from '../corpus/indexFormat';
import type { LibraryArticle, LibraryIndexEntries } from './libraryArticle';

export function libraryDoc(article: LibraryArticle, entries: LibraryIndexEntries): CorpusDoc {
  return {
    docId: article.id,
    outlet: article.outlet,
    title: article.title,
    titleDerived: false,
    credits: article.credits,
    dated: article.published,
    readAt: article.readAt,
    note: '',
    outletLabel: article.outlet,
    text: article.text,
    quotes: article.quotes,
    fingerprints: { text: entries.fingerprints.length, quote: entries.quoteFingerprints.length, terms: entries.terms.length },
  };
}
