// The library as the options page lists it: newest reading first, optionally only the articles
// whose title, outlet, site, byline or quoted people contain the search words.
import type { LibraryDb } from './libraryDb';
import type { LibraryArticle } from './libraryArticle';
import { foldText } from '../text/foldText';

/** What the list shows of one article (no text, no index entries). */
export type ArticleSummary = Pick<LibraryArticle, 'id' | 'url' | 'site' | 'outlet' | 'title' | 'byline' | 'published' | 'readAt'> & { people: string[] };

function summary(a: LibraryArticle): ArticleSummary {
  const people = [...new Set(a.quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
  return { id: a.id, url: a.url, site: a.site, outlet: a.outlet, title: a.title, byline: a.byline, published: a.published, readAt: a.readAt, people };
}

export async function listArticles(db: LibraryDb, search = ''): Promise<ArticleSummary[]> {
  const words = foldText(search).split(/\s+/).filter(Boolean);
  const found: ArticleSummary[] = [];
  let cursor = await db.transaction('articles').store.index('readAt').openCursor(null, 'prev');
  while (cursor) {
    const s = summary(cursor.value);
    const haystack = foldText([s.title, s.outlet, s.site ?? '', s.byline ?? '', ...s.people].join(' '));
    if (words.every((w) => haystack.includes(w))) found.push(s);
    cursor = await cursor.continue();
  }
  return found;
}
