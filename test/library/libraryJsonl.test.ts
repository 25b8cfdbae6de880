// Export and import as JSON Lines: what is exported imports back the same; every bad line is
// reported with its number and reason while the good ones are kept; a file that is not a
// library file is refused whole.
import { describe, expect, it, test } from 'vitest';
import { formatLibraryJsonl, formatLibraryLine } from '../../utils/library/formatLibraryJsonl';
import { parseLibraryJsonl } from '../../utils/library/parseLibraryJsonl';
import { INDEX_FORMAT } from '../../utils/corpus/indexFormat';
import { LIBRARY_FORMAT_VERSION } from '../../utils/library/libraryArticle';
import { articleFromText } from './articleFromText';

const a = articleFromText('The council voted to close the bridge. "We will not gamble with lives," said Mayor Dana Okafor.', 'https://example.org/bridge', '2026-12-01T08:00:00.000Z');
const b = articleFromText('Twelve thousand visitors came to the bread festival on Saturday.', 'https://other.example/bread', '2026-12-02T08:00:00.000Z');
const line = (over: Record<string, unknown>): string => JSON.stringify({ ...JSON.parse(formatLibraryLine(b)), ...over });

describe('library JSON Lines', () => {
  it('round-trips: one article a line, imported back unchanged', () => {
    const file = formatLibraryJsonl([a, b]);
    expect(file.trimEnd().split('\n')).toHaveLength(2);
    expect(parseLibraryJsonl(file)).toEqual({ ok: true, articles: [a, b], rejected: [] });
  });

  it('starts every line with its kind and version', () => {
    expect(formatLibraryLine(a)).toMatch(new RegExp(`^\\{"kind":"crossquote-library-article","version":${LIBRARY_FORMAT_VERSION},"id":"lib:`));
  });

  test.each([
    ['not valid JSON', '{"kind": "crossquote-library-article", ', /not valid JSON/],
    ['a newer version', line({ version: LIBRARY_FORMAT_VERSION + 1 }), /newer than this Crossquote reads/],
    ['a quote that does not point at its words', line({ quotes: [{ id: 'q1', text: 'bread', speaker: null, start: 0, end: 5, fragment: true }] }), /quotes\[0\] does not point at its words/],
    ['a URL that is not http(s)', line({ url: 'file:///home/me/page.html' }), /"url" is not an http\(s\) address/],
    ['a missing text', line({ text: undefined }), /"text" is not a string/],
    ['a read time that is no time', line({ readAt: 'yesterday' }), /"readAt" is not a date/],
    ['index lists out of order', line({ index: { format: INDEX_FORMAT, fingerprints: [3, 1], quoteFingerprints: [], terms: [] } }), /"index" lists are not sorted/],
    ['another kind of record', JSON.stringify({ kind: 'something-else' }), /"kind" is not/],
  ])('rejects a line with %s, by number, and keeps the others', (_, bad, reason) => {
    const result = parseLibraryJsonl(`${formatLibraryLine(a)}\n\n${bad}\n${formatLibraryLine(b)}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.line).toBe(3);
    expect(result.rejected[0]!.reason).toMatch(reason);
    expect(result.articles.map((x) => x.id)).toEqual([a.id, b.id]);
  });

  test.each([
    ['an empty file', ''],
    ['a JSON array', JSON.stringify([a])],
    ['a web page', '<!DOCTYPE html><html><body>hello</body></html>'],
    ['JSON Lines of something else', '{"name":"x"}\n{"name":"y"}\n'],
  ])('refuses %s whole', (_, content) => {
    const result = parseLibraryJsonl(content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/not a Crossquote library file|empty/);
  });

  it('keeps the same article under two URLs once: the later reading', () => {
    const amp = { ...JSON.parse(formatLibraryLine(a)), url: 'https://www.example.org/amp/bridge?utm_source=x', readAt: '2026-12-03T08:00:00.000Z' };
    const result = parseLibraryJsonl(`${formatLibraryLine(a)}\n${JSON.stringify(amp)}\n`);
    expect(result.ok && result.articles).toHaveLength(1);
    expect(result.ok && result.articles[0]!.readAt).toBe('2026-12-03T08:00:00.000Z');
    expect(result.ok && result.rejected).toEqual([{ line: 1, reason: 'the same article as line 2, which was read later', duplicate: true }]);
  });

  it('recomputes the id and site from the URL rather than trusting them', () => {
    const edited = line({ id: 'lib:0000000000000', site: 'elsewhere.example' });
    const result = parseLibraryJsonl(edited);
    expect(result.ok && result.articles[0]!.id).toBe(b.id);
    expect(result.ok && result.articles[0]!.site).toBe('other.example');
  });

  it('recomputes index entries made under another index format from the kept text', () => {
    const old = line({ index: { format: INDEX_FORMAT - 1, fingerprints: [], quoteFingerprints: [], terms: [] } });
    const result = parseLibraryJsonl(old);
    expect(result.ok && result.articles[0]!.index).toEqual(b.index);
  });
});
