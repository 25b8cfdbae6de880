// The library's messages are checked before they reach the database: a malformed request (a
// setting of the wrong type, an unknown operation, a cap below one) is ignored.
import { expect, test } from 'vitest';
import { isBackgroundMessage, isLibraryRequest } from '../../utils/messages';

const req = (op: Record<string, unknown>): unknown => ({ type: 'crossquote/library', ...op });

test.each([
  [req({ op: 'status' }), true],
  [req({ op: 'settings', change: { enabled: true } }), true],
  [req({ op: 'settings', change: { neverKeep: ['example.org'], maxArticles: 500, paused: false } }), true],
  [req({ op: 'settings', change: { enabled: 'yes' } }), false],
  [req({ op: 'settings', change: { maxArticles: 0 } }), false],
  [req({ op: 'settings', change: { somethingElse: 1 } }), false],
  [req({ op: 'list', search: 'okafor' }), true],
  [req({ op: 'list' }), false],
  [req({ op: 'delete', id: 'lib:0000000000001' }), true],
  [req({ op: 'forget-site', site: ' ' }), false],
  [req({ op: 'import', content: '' }), true],
  [req({ op: 'import', content: 42 }), false],
  [req({ op: 'drop-everything' }), false],
])('%j → %s', (message, valid) => {
  expect(isLibraryRequest(message)).toBe(valid);
  expect(isBackgroundMessage(message)).toBe(valid);
});

test.each([
  ['lib:0123456789abc', true],
  ['000', true],
  ['lib:../../etc', false],
  ['lib:', false],
])('the reader view may ask for %s: %s', (docId, valid) => {
  expect(isBackgroundMessage({ type: 'crossquote/get-doc', docId })).toBe(valid);
});
