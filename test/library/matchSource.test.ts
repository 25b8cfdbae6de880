// StoryMatch.source (an optional field: Analysis version unchanged) is checked by isAnalysis
// like every other field: absent (the bundled corpus) or a well-formed library source.
import { expect, test } from 'vitest';
import { isAnalysis } from '../../utils/validateAnalysis';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';

const withSource = (source: unknown): unknown => ({
  ...emptyAnalysis('x'),
  story: [{ docId: 'lib:0000000000001', outlet: 'Valley Post', title: 't', similarity: 0.9, relation: 'copy', credits: [], ...(source === undefined ? {} : { source }) }],
});

test.each([
  ['no source (a corpus match)', undefined, true],
  ['a library source', { kind: 'library', readAt: '2026-12-02T10:00:00.000Z', site: 'valleypost.example', url: 'https://valleypost.example/a' }, true],
  ['a library source without a URL', { kind: 'library', readAt: '2026-12-02T10:00:00.000Z', site: null, url: null }, true],
  ['an unknown kind', { kind: 'cloud', readAt: '2026-12-02', site: null, url: null }, false],
  ['a source without its read time', { kind: 'library', site: null, url: null }, false],
  ['a source that is a string', 'library', false],
])('%s → valid: %s', (_, source, valid) => {
  expect(isAnalysis(withSource(source))).toBe(valid);
});
