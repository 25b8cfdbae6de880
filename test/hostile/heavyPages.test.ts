// Heavy pages: the analysis either completes or stops at a budget with a clear reason, and
// stops before doing the expensive work (asserted by which stages ran, never by how long
// they took). Pages are generated here, not committed.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze, PAGE_LIMITS } from '../../utils/analyze';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { readCorpus } from '../../scripts/readCorpus';
import { analysisProblems } from '../property/analysisProblems';
import { deeplyNestedPage, endlessMoreStoriesPage, heavyPageWithoutArticle, manyElementsPage, manyQuoteMarksPage, manyQuotesPage, threeMegabyteMarkupPage, threeMegabyteTextPage } from './heavyPages';

const index = buildIndex(readCorpus());
const { window } = new JSDOM('', { url: 'https://news.example/live/paris-summit' });
const parse = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html');
// Heavy pages take jsdom itself many seconds to parse on a busy two-core machine.
const SLOW = 240_000;

/** A stop at the time budget is allowed (slow machines); any other problem is not. */
const stoppedAtTimeBudget = (problem: string | null): boolean => problem !== null && /past its [\d,]+ ms budget/.test(problem);

describe('pages beyond the size limits are read around their article, within bounds', () => {
  /** The article was read (or, on a very slow machine, stopped at the time budget after detection). */
  const expectArticleRead = (result: ReturnType<typeof analyze>): void => {
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(true);
    if (stoppedAtTimeBudget(result.problem) && !result.article) return;
    if (!stoppedAtTimeBudget(result.problem)) expect(result.problem).toBeNull();
    expect(result.article?.text).toContain('US backstop');
  };

  it('a page with 3 MB of article text (a live blog): its first part is read', () => {
    const html = threeMegabyteTextPage();
    expect(html.length).toBeGreaterThanOrEqual(3 * 1024 * 1024);
    const result = analyze(parse(html), index);
    expectArticleRead(result);
    // Bounded: no more than half the text limit was read.
    expect(result.article?.text.length ?? 0).toBeLessThanOrEqual(PAGE_LIMITS.maxTextChars / 2);
    // The part read is the blog's start (its first updates), not a later slice of it.
    expect(result.article?.text).toMatch(/^Update \d: /);
  }, SLOW);

  it('an 800-word article in <article> above an endless "more stories" section', () => {
    const doc = parse(endlessMoreStoriesPage(600_000));
    expect(doc.body.textContent!.length).toBeGreaterThan(PAGE_LIMITS.maxTextChars);
    const result = analyze(doc, index);
    expectArticleRead(result);
    expect(result.article?.text).not.toContain('Story 1:');
  }, SLOW);

  it('a page with 50,000 elements (an article above a huge comment section)', () => {
    const doc = parse(manyElementsPage(50_000));
    expect(doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(50_000);
    const result = analyze(doc, index);
    expectArticleRead(result);
    expect(result.article?.text).not.toContain('agreed.');
  }, SLOW);

  it('an article nested 3,000 elements deep', () => {
    const result = analyze(parse(deeplyNestedPage(3000)), index);
    expectArticleRead(result);
  }, SLOW);

  it('a heavy page with no article in the part read says it is too large and no article was found', () => {
    const result = analyze(parse(heavyPageWithoutArticle(1_600_000)), index);
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(false);
    expect(result.problem).toMatch(/^The page is too large to analyse/);
    expect(result.reason).toMatch(/^The page is too large to analyse.*no article was found/);
  }, SLOW);

  it('the same article nested 200 deep (within the limit) is read', () => {
    const result = analyze(parse(deeplyNestedPage(200)), index);
    expect(analysisProblems(result)).toEqual([]);
    if (stoppedAtTimeBudget(result.problem) && !result.article) return; // jsdom on a busy machine
    expect(result.isArticle).toBe(true);
    expect(result.article?.text).toContain('US backstop');
  }, SLOW);
});

describe('heavy pages within the budgets are analysed', () => {
  it('a 3 MB page made of page data, inline SVG and CSS around a normal article', () => {
    const html = threeMegabyteMarkupPage();
    expect(html.length).toBeGreaterThanOrEqual(3 * 1024 * 1024);
    const result = analyze(parse(html), index);
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(true);
    // None of the 1.3 MB of page-data JSON or the CSS may leak into the article.
    expect(result.article?.text).not.toMatch(/pageProps|margin:|viewBox/);
    expect(result.article?.text).toContain('“US backstop”');
    if (!stoppedAtTimeBudget(result.problem)) {
      expect(result.problem).toBeNull();
      expect(result.story.length).toBeGreaterThan(0);
    }
  }, SLOW);

  it('an article with 10,000 quote marks, most of them unbalanced', () => {
    const result = analyze(parse(manyQuoteMarksPage(10_000)), index);
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(true);
    if (!stoppedAtTimeBudget(result.problem)) expect(result.problem).toBeNull();
    // A quote needs two marks: the marks bound how many quotes there can be.
    expect(result.quotes.length).toBeLessThanOrEqual(5_000);
  }, SLOW);

  it('a transcript-like article with 1,000 attributed quotes', () => {
    const result = analyze(parse(manyQuotesPage(1000)), index);
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(true);
    if (stoppedAtTimeBudget(result.problem) && result.quotes.length === 0) return; // stopped before the quote stage
    expect(result.quotes).toHaveLength(1000);
    expect(result.quotes[0]?.text).toBe('This is statement number 1 about the security of our continent,');
    expect(result.quotes[0]?.speaker).toBe('Keir Starmer');
    expect(result.quotes[999]?.text).toBe('This is statement number 1000 about the security of our continent,');
  }, SLOW);
});
