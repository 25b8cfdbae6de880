// Every kept article, oldest reading first: for an export, and to build the index when the
// background starts. Each stored value is checked (readLibraryArticle) as an imported line is, so a
// record from an older record format is read in current form and a damaged one is skipped, not fatal.
import type { LibraryArticle } from './libraryArticle';
import type { LibraryDb } from './libraryDb';
import { readLibraryArticle } from './readLibraryArticle';

export async function readAllArticles(db: LibraryDb): Promise<{ articles: LibraryArticle[]; damaged: number }> {
  const values = await db.getAllFromIndex('articles', 'readAt');
  const articles: LibraryArticle[] = [];
  let damaged = 0;
  for (const value of values) {
    const read = readLibraryArticle(value);
    if ('article' in read) articles.push(read.article);
    else damaged++;
  }
  return { articles, damaged };
}
