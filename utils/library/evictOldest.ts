// Keeps the library within its cap: the oldest readings go first. Runs inside the caller's
// transaction, so an add and the evictions it causes commit together or not at all.
import type { IDBPObjectStore } from 'idb';
import type { LibrarySchema } from './libraryDb';

type ArticleStore = IDBPObjectStore<LibrarySchema, ArrayLike<'articles' | 'settings'>, 'articles', 'readwrite'>;

/** The ids removed, oldest first. */
export async function evictOldest(store: ArticleStore, maxArticles: number): Promise<string[]> {
  let excess = (await store.count()) - maxArticles;
  const evicted: string[] = [];
  if (excess <= 0) return evicted;
  let cursor = await store.index('readAt').openCursor();
  while (cursor && excess > 0) {
    evicted.push(cursor.primaryKey);
    await cursor.delete();
    excess--;
    cursor = await cursor.continue();
  }
  return evicted;
}
