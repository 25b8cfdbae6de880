// The work budgets of utils/analyze.ts, made deterministic: small limits and a fake clock
// stand in for giant pages and slow machines. A stage that fails must not break the caller.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { analyze, compareWithCorpus, readPage } from '../../utils/analyze';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { readCorpus } from '../../scripts/readCorpus';
import { analysisProblems } from '../property/analysisProblems';

const index = buildIndex(readCorpus());
const html = readFileSync(new URL('../fixtures/corpus-002-newspaper/page.html', import.meta.url), 'utf8');
const page = (): Document => new JSDOM(html, { url: 'https://news.example/story' }).window.document;
/** A clock that moves `step` ms each time it is read. */
const clock = (step: number): (() => number) => {
  let t = 0;
  return () => (t += step);
};

describe('size limits', () => {
  // A page past a size limit is not refused: the article's part is copied within bounds and read
  // (heavy pages: a long comment thread, a page builder's nesting). Only when that part holds no
  // article does the reader hear that the page was too large.
  it.each([
    ['elements', { maxElements: 50 }],
    ['nesting', { maxDepth: 4 }],
  ] as const)('a page over the %s limit is read from its article part', (_what, limits) => {
    const result = analyze(page(), index, { limits });
    expect(analysisProblems(result)).toEqual([]);
    expect(result.problem).toBeNull();
    expect(result.isArticle).toBe(true);
    expect(result.quotes.length).toBeGreaterThan(5);
    expect(result.story.length).toBeGreaterThan(0);
  });

  it('a page over the text limit whose readable part holds no article says it is too large', () => {
    const result = analyze(page(), index, { limits: { maxTextChars: 500 } });
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(false);
    expect(result.problem).toBe('The page is too large to analyse: it has more than 500 characters of text, the most Crossquote reads.');
    expect(result.reason).toMatch(/In the part of it Crossquote reads, no article was found/);
    expect(result.timings.extract).toBeUndefined();
  });

  it('the same page within the default limits is read in full', () => {
    const result = analyze(page(), index);
    expect(result.problem).toBeNull();
    expect(result.isArticle).toBe(true);
    expect(result.quotes.length).toBeGreaterThan(5);
    expect(result.story.length).toBeGreaterThan(0);
  });

  it('inline scripts do not count as text (a page-data blob is not reading matter)', () => {
    const doc = page();
    const blob = doc.createElement('script');
    blob.type = 'application/json';
    blob.textContent = JSON.stringify({ items: 'x'.repeat(20_000) });
    doc.body.append(blob);
    const result = readPage(doc, { limits: { maxTextChars: 15_000 } });
    expect(result.problem).toBeNull();
    expect(result.isArticle).toBe(true);
  });
});

describe('the time budget, checked between stages', () => {
  it('stops before extraction when detection alone used the budget', () => {
    // Detection is two clock readings apart from the start (the page-size check, then detection).
    const result = readPage(page(), { now: clock(3_000), limits: { timeBudgetMs: 5_000 } });
    expect(analysisProblems(result)).toEqual([]);
    expect(result.problem).toBe('The analysis stopped before extracting the article: it had taken 6,000 ms, past its 5,000 ms budget.');
    expect(result.timings.extract).toBeUndefined();
  });

  it('stops before quotes, keeping the extracted article', () => {
    // Four readings of the clock by then: the size check, detection, the copy and extraction.
    const result = readPage(page(), { now: clock(1_500), limits: { timeBudgetMs: 5_000 } });
    expect(analysisProblems(result)).toEqual([]);
    expect(result.problem).toBe('The analysis stopped before finding quotes: it had taken 6,000 ms, past its 5,000 ms budget.');
    expect(result.article?.text).toContain('US backstop');
    expect(result.quotes).toEqual([]);
  });

  it('a reading that stopped early is not compared with the corpus', () => {
    const reading = readPage(page(), { now: clock(2_000), limits: { timeBudgetMs: 5_000 } });
    expect(reading.article).not.toBeNull();
    expect(compareWithCorpus(reading, index)).toBe(reading);
  });

  it('stops before the details, keeping the story and quote matches', () => {
    const reading = readPage(page());
    // Story matching and quote matching are timed each on its own (two readings each): 4,000 ms.
    const result = compareWithCorpus({ ...reading, timings: { ...reading.timings, total: 9_000 } }, index, { now: clock(2_000) });
    expect(analysisProblems(result)).toEqual([]);
    expect(result.problem).toBe('The analysis stopped before comparing the details: it had taken 13,000 ms, past its 10,000 ms budget.');
    expect(result.story.length).toBeGreaterThan(0);
    expect(result.differences).toEqual([]);
  });
});

describe('a stage that fails', () => {
  it('becomes a problem in the Analysis, not an exception in the content script', () => {
    // A DOM that fails part-way through (as an exotic document or a browser bug might).
    const real = page();
    const failing = new Proxy(real, {
      get(target, key) {
        if (key === 'createTreeWalker') throw new Error('DOM read failed');
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const result = analyze(failing, index);
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(false);
    expect(result.problem).toBe('The analysis failed: DOM read failed');
  });

  it('in the comparison keeps what was read and says the comparison failed', () => {
    const reading = readPage(page());
    const broken = { ...index, docs: null } as unknown as typeof index;
    const result = compareWithCorpus(reading, broken);
    expect(analysisProblems(result)).toEqual([]);
    expect(result.quotes).toEqual(reading.quotes);
    expect(result.problem).toMatch(/^The analysis failed: /);
  });
});
