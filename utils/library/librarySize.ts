// How big the library is, as the options page shows it: articles and megabytes (the size of
// the kept records as UTF-8 JSON, which is what an export weighs and close to what the
// browser stores).
import type { LibraryDb } from './libraryDb';

export interface LibrarySize {
  articles: number;
  bytes: number;
}

export async function librarySize(db: LibraryDb): Promise<LibrarySize> {
  const encoder = new TextEncoder();
  let articles = 0;
  let bytes = 0;
  let cursor = await db.transaction('articles').store.openCursor();
  while (cursor) {
    articles++;
    bytes += encoder.encode(JSON.stringify(cursor.value)).length;
    cursor = await cursor.continue();
  }
  return { articles, bytes };
}
