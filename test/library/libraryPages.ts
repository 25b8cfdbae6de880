// Reads the library fixture pages (test/library/pages) with the real first half of the
// pipeline, and loads the shipped corpus index, for the library tests.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readPage } from '../../utils/pipeline/readPage';
import { loadIndex } from '../../utils/corpus/loadIndex';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';
import type { Analysis } from '../../utils/types';

export type LibraryPage = 'original' | 'syndicated' | 'rewrite' | 'unrelated';

export const pagePath = (name: LibraryPage): string => new URL(`./pages/${name}.html`, import.meta.url).pathname;

export function readLibraryPage(name: LibraryPage): Analysis {
  return readPage(new JSDOM(readFileSync(pagePath(name), 'utf8')).window.document);
}

export function shippedIndex(): CorpusIndex {
  return loadIndex(JSON.parse(readFileSync(new URL('../../.generated/corpus-index.json', import.meta.url), 'utf8')) as unknown);
}
