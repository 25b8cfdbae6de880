// The first half of the pipeline: detect, extract, find quotes and credits. Runs in the
// content script (and, through analyze(), in the CLI, tests and bench).
import type { Analysis } from '../types';
import { detectArticle } from '../article/detectArticle';
import { extractArticle } from '../article/extractArticle';
import { copyArticleScope, type ArticleCopy } from '../article/copyArticleScope';
import { readPageFacts } from '../article/readPageFacts';
import { extractQuotes } from '../quotes/extractQuotes';
import { READING_WARM_UPS } from './readingWarmUps';
import { findCredits } from '../match/findCredits';
import { emptyAnalysis } from './emptyAnalysis';
import { PAGE_LIMITS, failure, overBudget, pageTooLarge, partBounds } from './pageLimits';
import { copyArticlePart } from '../article/copyArticlePart';
import { resolvePageUrl } from '../article/resolvePageUrl';
import type { CompareOptions } from './compareWithCorpus';
import { defaultNow, round } from './clock';

/** The comparing half's options (clock, limits), plus the URL to report. */
export interface ReadOptions extends CompareOptions {
  /** The page URL to report (CLI --url); defaults to the page's canonical/og:url. */
  url?: string | null;
}

/**
 * The stages as a generator that yields between them, so one definition serves both a
 * synchronous run (readPage) and one that lets the page breathe between stages
 * (readPageInSteps): in a browser each piece then stays a short task instead of one long one.
 */
function* readPageSteps(doc: Document, options: ReadOptions): Generator<void, Analysis> {
  const now = options.now ?? defaultNow;
  const limits = { ...PAGE_LIMITS, ...options.limits };
  let spent = 0;
  let mark = now();
  // Time is counted only while a stage runs, not while the page has the thread between stages.
  const lap = (): number => {
    const t = now();
    const ms = t - mark;
    spent += ms;
    mark = t;
    return round(ms);
  };
  const pause = function* (): Generator<void, void> {
    yield;
    mark = now();
  };

  // A page past the limits is not refused: its article's part is copied, within bounds, and
  // read instead (copyArticlePart). Only when that part holds no article does the reader hear
  // that the page was too large.
  const tooLarge = pageTooLarge(doc, limits);
  let page: Document | null = doc;
  let checkMs = 0;
  if (tooLarge) {
    // On a huge page the size check walks up to the limits and the copy walks the article's part:
    // two steps, each well under a long task (together they were one of 55 ms in Chromium).
    checkMs = lap();
    yield* pause();
    page = copyArticlePart(doc, partBounds(limits));
  }
  // The size check and the copy are part of deciding whether to read the page: they count as detection.
  checkMs += lap();
  if (!page) {
    const result = emptyAnalysis(tooLarge!, options.url ?? null);
    result.problem = tooLarge;
    result.timings.total = round(spent);
    return result;
  }
  yield* pause();
  const detection = detectArticle(page);
  // The copy has no address of its own: the page's is the fallback.
  const url = options.url ?? detection.url ?? (page === doc ? null : resolvePageUrl(doc, []));
  const result = emptyAnalysis(detection.reason, url);
  result.timings.detect = round(checkMs + lap());
  const finish = (): Analysis => {
    result.timings.total = round(spent);
    return result;
  };
  if (tooLarge && !detection.isArticle) {
    result.reason = `${tooLarge} In the part of it Crossquote reads, no article was found (${detection.reason.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}).`;
    result.problem = tooLarge;
    return finish();
  }
  if (!detection.isArticle) return finish();
  if (spent > limits.timeBudgetMs) {
    result.problem = overBudget('extracting the article', spent, limits.timeBudgetMs);
    result.reason = result.problem;
    return finish();
  }
  // Extraction in two steps: copying the article's part of the page, then Readability and the rest.
  yield* pause();
  const facts = detection.facts ?? readPageFacts(page);
  let copy: ArticleCopy | null = null;
  try {
    copy = copyArticleScope(page, facts.prose.container, facts.scan.paragraphs);
  } catch {
    // A page that cannot be copied: extraction tries once more and says it found nothing.
  }
  const copyMs = lap();
  yield* pause();
  const article = extractArticle(page, facts, copy ? () => copy : undefined);
  result.timings.extract = round(copyMs + lap());
  if (!article) {
    result.reason = 'The page looked like an article, but no readable body text could be extracted.';
    return finish();
  }
  result.isArticle = true;
  result.article = article;
  if (spent > limits.timeBudgetMs) {
    result.problem = overBudget('finding quotes', spent, limits.timeBudgetMs);
    return finish();
  }
  // The quote stage's cold start (compiling its code and patterns) is paid in short steps of its
  // own, and quotes and credits are read in two more, so no one piece blocks the page for long.
  let quoteMs = 0;
  for (const warmUp of READING_WARM_UPS) {
    yield* pause();
    warmUp();
    quoteMs += lap();
  }
  yield* pause();
  result.quotes = extractQuotes(article.text);
  quoteMs += lap();
  yield* pause();
  result.credits = findCredits(article.text);
  result.timings.quotes = round(quoteMs + lap());
  return finish();
}

/** What a run in which a stage threw on a hostile page returns: a clear `problem`, never the exception. */
function failedReading(options: ReadOptions, error: unknown): Analysis {
  const result = emptyAnalysis('The page could not be read.', options.url ?? null);
  result.problem = failure(error);
  return result;
}

/** First half of the pipeline, in one go. Never throws; never changes `doc`. */
export function readPage(doc: Document, options: ReadOptions = {}): Analysis {
  try {
    const steps = readPageSteps(doc, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  } catch (error) {
    return failedReading(options, error);
  }
}

/** First half of the pipeline, awaiting `pause()` between stages (the content script's way). Never throws. */
export async function readPageInSteps(doc: Document, pause: () => Promise<void>, options: ReadOptions = {}): Promise<Analysis> {
  try {
    const steps = readPageSteps(doc, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  } catch (error) {
    return failedReading(options, error);
  }
}
