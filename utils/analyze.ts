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
}

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

/** First half: detect, extract, find quotes. Never throws; never changes `doc`. */
export function readPage(doc: Document, options: ReadOptions = {}): Analysis {
  const now = options.now ?? defaultNow;
  const t0 = now();
  const detection = detectArticle(doc);
  const t1 = now();
  const result = emptyAnalysis(detection.reason, options.url ?? detection.url ?? null);
  result.timings.detect = round(t1 - t0);
  if (!detection.isArticle) {
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
  result.quotes = extractQuotes(article.text);
  result.credits = findCredits(article.text);
  const t3 = now();
  result.timings.quotes = round(t3 - t2);
  result.timings.total = round(t3 - t0);
  return result;
}

/** Second half: match the page against the corpus and find where details differ. */
export function compareWithCorpus(
  reading: Analysis,
  index: CorpusIndex,
  options: Pick<ReadOptions, 'now'> = {},
): Analysis {
  if (!reading.isArticle || !reading.article) return reading;
  const now = options.now ?? defaultNow;
  const t0 = now();
  const story = matchStory(reading.article.text, reading.quotes, index, reading.article);
  const quoteMatches = matchQuotes(reading.quotes, index, story);
  const t1 = now();
  const differences = findDifferences({ article: reading.article, quotes: reading.quotes, credits: reading.credits }, story, quoteMatches, index);
  const t2 = now();
  const timings: Record<string, number> = { ...reading.timings, match: round(t1 - t0), differences: round(t2 - t1) };
  timings.total = round((reading.timings.total ?? 0) + (t2 - t0));
  return { ...reading, story, quoteMatches, differences, timings };
}

/** The whole pipeline on one Document. */
export function analyze(doc: Document, index: CorpusIndex, options: ReadOptions = {}): Analysis {
  return compareWithCorpus(readPage(doc, options), index, options);
}
