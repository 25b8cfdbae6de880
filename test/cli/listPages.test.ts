// Which files of a folder are saved pages, and under what name: the evaluation and the library
// command read the same list, so a suite's gzipped pages and a researcher's subfolders are not
// silently left out.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPages } from '../../scripts/eval/listPages';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cq-pages-'));
  const files = [
    'readability-page/source.html', 'readability-page/expected.html',
    'plain.html', 'packed.html.gz', 'both.html', 'both.html.gz',
    'coverage/day-one/ledger.htm', 'coverage/courier.xhtml.gz', 'notes.txt', 'page.html.bak',
  ];
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '<p>x</p>');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['a Readability folder is its source.html, named by the folder', 'readability-page', 'readability-page/source.html'],
  ['a plain page', 'plain', 'plain.html'],
  ['a gzipped page', 'packed', 'packed.html.gz'],
  ['the plain file wins over its gzipped twin', 'both', 'both.html'],
  ['a page in a subfolder of a subfolder', 'coverage/day-one/ledger', 'coverage/day-one/ledger.htm'],
  ['a gzipped .xhtml page in a subfolder', 'coverage/courier', 'coverage/courier.xhtml.gz'],
])('%s', (_, name, file) => {
  expect(listPages(dir).find((p) => p.name === name)?.path).toBe(join(dir, file));
});

test('nothing else is a page, and the list is sorted by name', () => {
  const names = listPages(dir).map((p) => p.name);
  expect(names).toEqual(['both', 'coverage/courier', 'coverage/day-one/ledger', 'packed', 'plain', 'readability-page']);
});
