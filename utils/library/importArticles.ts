// Adds articles from an imported library file, in ONE transaction: the import lands whole or
// not at all. An article already kept is replaced only by a later reading of it; sites on the
// never-keep list are not imported; the cap applies afterwards (oldest readings go first).
import type { LibraryArticle } from './libraryArticle';
import type { LibraryDb } from './libraryDb';
import { DEFAULT_LIBRARY_SETTINGS } from './librarySettings';
import { SETTINGS_KEY } from './readSettings';
import { evictOldest } from './evictOldest';
import { isNeverKept } from './isNeverKept';

export interface ImportResult {
  added: number;
  replaced: number;
  /** Already kept with the same or a later reading. */
  unchanged: number;
  neverKept: number;
  evicted: number;
}

export async function importArticles(db: LibraryDb, articles: readonly LibraryArticle[]): Promise<ImportResult> {
  const tx = db.transaction(['settings', 'articles'], 'readwrite');
  const settings = { ...DEFAULT_LIBRARY_SETTINGS, ...(await tx.objectStore('settings').get(SETTINGS_KEY)) };
  const store = tx.objectStore('articles');
  const result: ImportResult = { added: 0, replaced: 0, unchanged: 0, neverKept: 0, evicted: 0 };
  for (const article of articles) {
    if (isNeverKept(article.site, settings.neverKeep)) {
      result.neverKept++;
      continue;
    }
    const existing = await store.get(article.id);
    if (existing && existing.readAt >= article.readAt) {
      result.unchanged++;
      continue;
    }
    await store.put(article);
    if (existing) result.replaced++;
    else result.added++;
  }
  result.evicted = (await evictOldest(store, settings.maxArticles)).length;
  await tx.done;
  return result;
}
