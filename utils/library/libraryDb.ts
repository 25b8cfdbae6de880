// The library's IndexedDB database, in the extension's own origin, through `idb` (a small,
// typed promise wrapper over IndexedDB: see docs/library.md for why not Dexie).
//
// Schema versions (LIBRARY_DB_VERSION); each step in UPGRADES takes a database from version i
// to i+1, so a database of ANY earlier version is brought up to date in order, inside the
// browser's versionchange transaction (all steps commit or none):
//   1: "articles" (key: id; indexes readAt, site) and "settings" (one record, key "settings").
//   2: the stored index: three multiEntry indexes on "articles" over each record's index entries
//      (fingerprints, quoteFingerprints, terms). IndexedDB keeps them in the same transaction as
//      every put and delete of an article, and builds them from the records already kept when
//      the version changes; the background reads just the posting lists a page needs
//      (readLibraryView) instead of loading every article at each service-worker wake.
// A database from a newer Crossquote (a downgrade) is refused with a clear error, never
// opened and half-understood.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import { INDEX_FORMAT } from '../corpus/indexFormat';
import type { LibraryArticle } from './libraryArticle';
import { libraryIndexEntries } from './libraryIndexEntries';
import type { LibrarySettings } from './librarySettings';

export const LIBRARY_DB_NAME = 'crossquote-library';
export const LIBRARY_DB_VERSION = 2;

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: LibraryArticle;
    indexes: { readAt: string; site: string; fingerprints: number; quoteFingerprints: number; terms: string };
  };
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
  (_db, tx) => {
    const articles = tx.objectStore('articles');
    // Each kept article is filed under every key of its index entries: a key's posting list is
    // the articles this index holds under it (IndexedDB builds it now from the v1 records).
    articles.createIndex('fingerprints', 'index.fingerprints', { multiEntry: true });
    articles.createIndex('quoteFingerprints', 'index.quoteFingerprints', { multiEntry: true });
    articles.createIndex('terms', 'index.terms', { multiEntry: true });
    void refreshEntries(articles);
  },
];

/**
 * Entries computed under another index format are recomputed from the kept text and quotes, so
 * the stored postings hold only current keys (every write since version 1 stores current ones;
 * a later INDEX_FORMAT needs a schema step that calls this again).
 */
async function refreshEntries(articles: IDBPObjectStore<LibrarySchema, ArrayLike<StoreNames<LibrarySchema>>, 'articles', 'versionchange'>): Promise<void> {
  let cursor = await articles.openCursor();
  while (cursor) {
    const value = cursor.value as Partial<LibraryArticle>;
    if (value.index && value.index.format !== INDEX_FORMAT && typeof value.text === 'string' && Array.isArray(value.quotes)) {
      await cursor.update({ ...(value as LibraryArticle), index: libraryIndexEntries(value.text, value.quotes) });
    }
    cursor = await cursor.continue();
  }
}

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
