// The schema check every receiver runs: real analyses pass, any broken field fails.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isAnalysis } from '../utils/validateAnalysis';
import { analyze, emptyAnalysis } from '../utils/analyze';
import { buildIndex } from '../utils/corpus/buildIndex';
import { readCorpus } from '../scripts/readCorpus';
import corpusPage from './components/fixtures/corpus-page.json';

const valid = (): Record<string, unknown> => structuredClone(corpusPage) as Record<string, unknown>;
const DELETE = Symbol('delete');
/** Sets (or deletes) the field at `path` in a plain JSON value. */
function setAt(root: unknown, path: Array<string | number>, value: unknown): void {
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === DELETE) delete target[last];
  else target[last] = value;
}

describe('isAnalysis', () => {
  it('accepts what the pipeline returns, for an article and for an empty page', () => {
    const index = buildIndex(readCorpus());
    const page = new JSDOM(
      `<html><head><meta property="og:type" content="article"><title>t</title></head><body><article>${readCorpus()[2]!.text
        .split('\n')
        .map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`)
        .join('')}</article></body></html>`,
    ).window.document;
    expect(isAnalysis(analyze(page, index))).toBe(true);
    expect(isAnalysis(emptyAnalysis('Nothing here.'))).toBe(true);
    expect(isAnalysis(valid())).toBe(true);
  });

  it('accepts optional fields added later', () => {
    expect(isAnalysis({ ...valid(), language: 'en' })).toBe(true);
  });

  it.each<[string, Array<string | number>, unknown]>([
    ['another version', ['version'], 2],
    ['a missing reason', ['reason'], DELETE],
    ['isArticle as a string', ['isArticle'], 'true'],
    ['an article without text', ['article', 'text'], DELETE],
    ['a quote with a negative start', ['quotes', 0, 'start'], -1],
    ['a quote ending before it starts', ['quotes', 0, 'end'], 0],
    ['a quote with a fractional offset', ['quotes', 0, 'end'], 1.5],
    ['a speaker that is a number', ['quotes', 0, 'speaker'], 7],
    ['an unknown story relation', ['story', 0, 'relation'], 'identical'],
    ['similarity above 1', ['story', 0, 'similarity'], 1.2],
    ['similarity NaN', ['story', 0, 'similarity'], Number.NaN],
    ['credits with a number', ['story', 0, 'credits'], ['BBC', 1]],
    ['an unknown diff op', ['quoteMatches', 0, 'matches', 0, 'diff', 0, 'op'], 'moved'],
    ['an unknown quote relation', ['quoteMatches', 0, 'matches', 0, 'relation'], 'close'],
    ['an unknown difference kind', ['differences', 0, 'kind'], 'html'],
    ['a difference value that is an object', ['differences', 0, 'values', 0, 'value'], { html: '<b>' }],
    ['members that are not strings', ['differences', 0, 'members'], [1, 2]],
    ['a timing that is a string', ['timings', 'total'], '19 ms'],
    ['quotes that are not an array', ['quotes'], {}],
    ['problem as a boolean', ['problem'], false],
  ])('refuses %s', (_what, path, value) => {
    const a = valid();
    setAt(a, path, value);
    expect(isAnalysis(a)).toBe(false);
  });

  it.each([[null], [undefined], ['{"version":1}'], [[]], [42]])('refuses %j', (value) => {
    expect(isAnalysis(value)).toBe(false);
  });
});
