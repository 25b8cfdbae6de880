// The library settings as stored, with defaults for anything missing (an older or empty database).
import type { LibraryDb } from './libraryDb';
import { DEFAULT_LIBRARY_SETTINGS, type LibrarySettings } from './librarySettings';

export const SETTINGS_KEY = 'settings';

export async function readSettings(db: LibraryDb): Promise<LibrarySettings> {
  const stored = await db.get('settings', SETTINGS_KEY);
  return { ...DEFAULT_LIBRARY_SETTINGS, neverKeep: [], ...stored };
}
