// Changes some library settings; the others stay. Read and written in one transaction, so two
// windows changing different settings at once both take effect.
import type { LibraryDb } from './libraryDb';
import { DEFAULT_LIBRARY_SETTINGS, type LibrarySettings } from './librarySettings';
import { SETTINGS_KEY } from './readSettings';
import { evictOldest } from './evictOldest';

export async function saveSettings(db: LibraryDb, change: Partial<LibrarySettings>): Promise<LibrarySettings> {
  const tx = db.transaction(['settings', 'articles'], 'readwrite');
  const settings = tx.objectStore('settings');
  const next: LibrarySettings = { ...DEFAULT_LIBRARY_SETTINGS, neverKeep: [], ...(await settings.get(SETTINGS_KEY)), ...change };
  if (!Number.isInteger(next.maxArticles) || next.maxArticles < 1) throw new Error('The library must be able to keep at least one article.');
  await settings.put(next, SETTINGS_KEY);
  // A smaller cap takes effect at once.
  await evictOldest(tx.objectStore('articles'), next.maxArticles);
  await tx.done;
  return next;
}
