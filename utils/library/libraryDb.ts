// The library's IndexedDB database, in the extension's own origin, through `idb` (a small,
// typed promise wrapper over IndexedDB: see docs/library.md for why not Dexie).
//
// Schema versions (LIBRARY_DB_VERSION); each step in UPGRADES takes a database from version i
// to i+1, so a database of ANY earlier version is brought up to date in order, inside the
// browser's versionchange transaction (all steps commit or none):
//   1: "articles" (key: id; indexes readAt, site) and "settings" (one record, key "settings").
// A database from a newer Crossquote (a downgrade) is refused with a clear error, never
// opened and half-understood.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { LibraryArticle } from './libraryArticle';
import type { LibrarySettings } from './librarySettings';

export const LIBRARY_DB_NAME = 'crossquote-library';
export const LIBRARY_DB_VERSION = 1;

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: LibraryArticle; indexes: { readAt: string; site: string } };
  settings: { key: string; value: LibrarySettings };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTx = IDBPTransaction<LibrarySchema, ArrayLike<StoreNames<LibrarySchema>>, 'versionchange'>;

/** UPGRADES[i] brings a database at version i to version i + 1. */
export const UPGRADES: ReadonlyArray<(db: LibraryDb, tx: UpgradeTx) => void> = [
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('readAt', 'readAt');
    articles.createIndex('site', 'site');
    db.createObjectStore('settings');
  },
];

/** Opens (creating or upgrading) the library database. `version` is for the upgrade tests. */
export async function openLibraryDb(version: number = LIBRARY_DB_VERSION): Promise<LibraryDb> {
  try {
    return await openDB<LibrarySchema>(LIBRARY_DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? version); v++) UPGRADES[v]!(db, tx);
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError') {
      throw new Error(`The library was written by a newer Crossquote (its database is past version ${version}); update Crossquote to read it.`);
    }
    throw error;
  }
}
