// A fresh browser profile's library for component tests: the real library service over an
// in-memory IndexedDB (fake-indexeddb), and the `send` an extension page would use.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createLibraryService } from '../../utils/library/createLibraryService';
import { openLibraryDb } from '../../utils/library/libraryDb';
import type { LibraryOp, LibraryResponse } from '../../utils/library/libraryMessages';

/** Call in beforeEach: each call is a new, empty profile. */
export function freshLibrary(): (op: LibraryOp) => Promise<LibraryResponse> {
  globalThis.indexedDB = new IDBFactory();
  const service = createLibraryService(() => openLibraryDb());
  return (op) => service.handle({ type: 'crossquote/library', ...op });
}
