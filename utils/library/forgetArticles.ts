// The reader's deletions: one article, every article of a site, or the whole library. Each is
// one transaction. Forgetting a site also puts it on the never-keep list, so it is not kept again.
import type { LibraryDb } from './libraryDb';
import { DEFAULT_LIBRARY_SETTINGS } from './librarySettings';
import { SETTINGS_KEY } from './readSettings';

/** True when the article was kept. */
export async function deleteArticle(db: LibraryDb, id: string): Promise<boolean> {
  const tx = db.transaction('articles', 'readwrite');
  const found = (await tx.store.getKey(id)) !== undefined;
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}

/** The ids removed. */
export async function forgetSite(db: LibraryDb, site: string): Promise<string[]> {
  const host = site.trim().toLowerCase().replace(/^www\./, '');
  const tx = db.transaction(['articles', 'settings'], 'readwrite');
  const removed: string[] = [];
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    const s = cursor.value.site;
    if (s && (s === host || s.endsWith(`.${host}`))) {
      removed.push(cursor.primaryKey);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  const settings = { ...DEFAULT_LIBRARY_SETTINGS, ...(await tx.objectStore('settings').get(SETTINGS_KEY)) };
  if (!settings.neverKeep.includes(host)) await tx.objectStore('settings').put({ ...settings, neverKeep: [...settings.neverKeep, host] }, SETTINGS_KEY);
  await tx.done;
  return removed;
}

/** Removes every kept article (the settings stay). */
export async function clearLibrary(db: LibraryDb): Promise<void> {
  await db.clear('articles');
}
