// Document -> Analysis: the one place where the pipeline's stages are composed.
// Two halves, so the content script can read the page and the background (which holds
// the corpus index) can compare it; `analyze` runs both, for the CLI, tests and bench.
import { ANALYSIS_VERSION, type Analysis } from './types';
import type { CorpusIndex } from './corpus/indexFormat';
import { detectArticle } from './article/detectArticle';
import { extractArticle } from './article/extractArticle';
import { extractQuotes } from './quotes/extractQuotes';
import { findCredits } from './match/findCredits';
import { matchStory } from './match/matchStory';
import { matchQuotes } from './match/matchQuotes';
import { findDifferences } from './details/findDifferences';

export interface ReadOptions {
  /** The page URL to report (CLI --url); defaults to the page's canonical/og:url. */
  url?: string | null;
  /** Clock for timings; injectable so tests and the browser can pass their own. */
  now?: () => number;
  /** Work limits; any left out take PAGE_LIMITS' values. */
  limits?: Partial<PageLimits>;
}

/** How much work one page may cost. Hostile or giant pages stop with a clear `problem` instead of freezing the tab. */
export interface PageLimits {
  /** Elements in the page. Real news pages have 1,000-15,000; far beyond is a comment dump or a generated page. */
  maxElements: number;
  /** Characters of text in the page body (scripts and styles not counted). The longest news features run to about 150,000. */
  maxTextChars: number;
  /** Levels of element nesting. Real pages nest 20-60 deep; hundreds means generated or hostile markup (and jsdom's cost grows with depth squared). Kept below the article scan's own depth cut-off, so a deeper page gets this clear reason rather than "no article prose". */
  maxDepth: number;
  /** Milliseconds of work, checked between stages: past it, the stages not yet run are skipped. */
  timeBudgetMs: number;
}

export const PAGE_LIMITS: PageLimits = { maxElements: 30_000, maxTextChars: 1_000_000, maxDepth: 300, timeBudgetMs: 10_000 };

const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const round = (ms: number): number => Math.round(ms * 100) / 100;

/** An Analysis with nothing found yet. */
export function emptyAnalysis(reason: string, url: string | null = null): Analysis {
  return {
    version: ANALYSIS_VERSION,
    url,
    isArticle: false,
    reason,
    article: null,
    quotes: [],
    story: [],
    quoteMatches: [],
    differences: [],
    credits: [],
    problem: null,
    timings: {},
  };
}

const count = (n: number): string => n.toLocaleString('en-GB');

/** Why the page is too big to read at all, or null. One walk over the elements, stopping early. */
function pageTooLarge(doc: Document, limits: PageLimits): string | null {
  const root = doc.documentElement;
  if (root) {
    // NodeFilter.SHOW_ELEMENT, written as its value: Node has no global NodeFilter.
    const walker = doc.createTreeWalker(root, 0x1);
    let elements = 1;
    let depth = 0;
    for (;;) {
      if (walker.firstChild()) {
        elements++;
        if (++depth > limits.maxDepth) {
          return `The page is too deeply nested to analyse: its markup goes more than ${count(limits.maxDepth)} levels deep.`;
        }
      } else {
        while (!walker.nextSibling()) {
          if (!walker.parentNode()) break;
          depth--;
        }
        if (walker.currentNode === root) break;
        elements++;
      }
      if (elements > limits.maxElements) {
        return `The page is too large to analyse: it has more than ${count(limits.maxElements)} elements.`;
      }
    }
  }
  let chars = doc.body?.textContent?.length ?? 0;
  // Inline scripts and styles (page data blobs, CSS) are not reading matter.
  if (chars > limits.maxTextChars && doc.body) for (const el of doc.body.querySelectorAll('script, style')) chars -= el.textContent?.length ?? 0;
  if (chars > limits.maxTextChars) {
    return `The page is too large to analyse: it has ${count(chars)} characters of text, more than the ${count(limits.maxTextChars)} Crossquote reads.`;
  }
  return null;
}

const overBudget = (stage: string, ms: number, budget: number): string =>
  `The analysis stopped before ${stage}: it had taken ${count(Math.round(ms))} ms, past its ${count(budget)} ms budget.`;

const failure = (error: unknown): string => `The analysis failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);

/** First half: detect, extract, find quotes. Never throws; never changes `doc`. */
export function readPage(doc: Document, options: ReadOptions = {}): Analysis {
  // A stage failing on a hostile page must not break the content script: report it instead.
  try {
    return readPageUnguarded(doc, options);
  } catch (error) {
    const result = emptyAnalysis('The page could not be read.', options.url ?? null);
    result.problem = failure(error);
    return result;
  }
}

function readPageUnguarded(doc: Document, options: ReadOptions): Analysis {
  const now = options.now ?? defaultNow;
  const limits = { ...PAGE_LIMITS, ...options.limits };
  const t0 = now();
  const tooLarge = pageTooLarge(doc, limits);
  if (tooLarge) {
    const result = emptyAnalysis(tooLarge, options.url ?? null);
    result.problem = tooLarge;
    result.timings.total = round(now() - t0);
    return result;
  }
  const detection = detectArticle(doc);
  const t1 = now();
  const result = emptyAnalysis(detection.reason, options.url ?? detection.url ?? null);
  result.timings.detect = round(t1 - t0);
  if (!detection.isArticle) {
    result.timings.total = round(t1 - t0);
    return result;
  }
  if (t1 - t0 > limits.timeBudgetMs) {
    result.problem = overBudget('extracting the article', t1 - t0, limits.timeBudgetMs);
    result.reason = result.problem;
    result.timings.total = round(t1 - t0);
    return result;
  }
  const article = extractArticle(doc);
  const t2 = now();
  result.timings.extract = round(t2 - t1);
  if (!article) {
    result.reason = 'The page looked like an article, but no readable body text could be extracted.';
    result.timings.total = round(t2 - t0);
    return result;
  }
  result.isArticle = true;
  result.article = article;
  result.url = options.url ?? detection.url ?? null;
  if (t2 - t0 > limits.timeBudgetMs) {
    result.problem = overBudget('finding quotes', t2 - t0, limits.timeBudgetMs);
    result.timings.total = round(t2 - t0);
    return result;
  }
  result.quotes = extractQuotes(article.text);
  result.credits = findCredits(article.text);
  const t3 = now();
  result.timings.quotes = round(t3 - t2);
  result.timings.total = round(t3 - t0);
  return result;
}

/** Second half: match the page against the corpus and find where details differ. Never throws. */
export function compareWithCorpus(
  reading: Analysis,
  index: CorpusIndex,
  options: Pick<ReadOptions, 'now' | 'limits'> = {},
): Analysis {
  if (!reading.isArticle || !reading.article || reading.problem) return reading;
  try {
    return compareUnguarded(reading, reading.article, index, options);
  } catch (error) {
    // Keep what was read; say the comparison failed rather than show a half answer as whole.
    return { ...reading, problem: failure(error) };
  }
}

function compareUnguarded(reading: Analysis, article: NonNullable<Analysis['article']>, index: CorpusIndex, options: Pick<ReadOptions, 'now' | 'limits'>): Analysis {
  const now = options.now ?? defaultNow;
  const limits = { ...PAGE_LIMITS, ...options.limits };
  const t0 = now();
  const story = matchStory(article.text, reading.quotes, index, article);
  const quoteMatches = matchQuotes(reading.quotes, index, story);
  const t1 = now();
  if ((reading.timings.total ?? 0) + (t1 - t0) > limits.timeBudgetMs) {
    const timings: Record<string, number> = { ...reading.timings, match: round(t1 - t0) };
    timings.total = round((reading.timings.total ?? 0) + (t1 - t0));
    return { ...reading, story, quoteMatches, timings, problem: overBudget('comparing the details', timings.total, limits.timeBudgetMs) };
  }
  // The details detectors read English: on a page in another language they would call facts
  // the page does state "not stated". Compare details only where they can read the page.
  const readsEnglish = article.lang === null || /^en\b/i.test(article.lang);
  const differences = readsEnglish ? findDifferences({ article, quotes: reading.quotes, credits: reading.credits }, story, quoteMatches, index) : [];
  const t2 = now();
  const timings: Record<string, number> = { ...reading.timings, match: round(t1 - t0), differences: round(t2 - t1) };
  timings.total = round((reading.timings.total ?? 0) + (t2 - t0));
  return { ...reading, story, quoteMatches, differences, timings };
}

/** The whole pipeline on one Document. */
export function analyze(doc: Document, index: CorpusIndex, options: ReadOptions = {}): Analysis {
  return compareWithCorpus(readPage(doc, options), index, options);
}
