// The second half of the pipeline: match the page against the corpus and find where details
// differ. Runs in the background, which holds the corpus index; it imports nothing that reads
// a DOM, so Readability stays out of the background bundle.
import type { Analysis, Difference, QuoteMatch, StoryMatch } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';
import { matchStory, type StoryRules } from '../match/matchStory';
import { matchQuotes } from '../match/matchQuotes';
import { findDifferencesInSteps } from '../details/findDifferences';
import { PAGE_LIMITS, failure, overBudget, type PageLimits } from './pageLimits';
import { defaultNow, round } from './clock';
import { runSteps, timedSteps, type Steps } from './runSteps';

export interface CompareOptions {
  /** Clock for timings. */
  now?: () => number;
  /** Work limits; any left out take PAGE_LIMITS' values. */
  limits?: Partial<PageLimits>;
  /** Story rules for an index holding the reader's library (matchStory's StoryRules). */
  rules?: StoryRules;
}

/** Second half: match the page against the corpus and find where details differ. Never throws. */
export function compareWithCorpus(
  reading: Analysis,
  index: CorpusIndex,
  options: CompareOptions = {},
): Analysis {
  return runSteps(compareInSteps(reading, index, options));
}

/**
 * compareWithCorpus as steps (story, quotes, differences), yielding between them: the background
 * runs them with the event loop given a turn at each yield (runStepsYielding), so no one task
 * holds them all. Never throws.
 */
export function* compareInSteps(reading: Analysis, index: CorpusIndex, options: CompareOptions = {}): Steps<Analysis> {
  if (!reading.isArticle || !reading.article || reading.problem) return reading;
  try {
    return yield* compareUnguarded(reading, reading.article, index, options);
  } catch (error) {
    // Keep what was read; say the comparison failed rather than show a half answer as whole.
    return { ...reading, problem: failure(error) };
  }
}

/**
 * Quote matches in the articles about the page's occasion only. A remark matched in an article on
 * another occasion is a coincidence of wording ("we will work together"), not the same remark; and
 * when the page shares a remark at length, story matching has already found that article (a long
 * shared quote is evidence of the same occasion), so nothing true is lost.
 */
function onlyFromStory(matches: QuoteMatch[], story: readonly StoryMatch[]): QuoteMatch[] {
  const about = new Set(story.map((s) => s.docId));
  return matches.flatMap((m) => {
    const kept = m.matches.filter((x) => about.has(x.docId));
    return kept.length ? [{ ...m, matches: kept }] : [];
  });
}

function* compareUnguarded(reading: Analysis, article: NonNullable<Analysis['article']>, index: CorpusIndex, options: CompareOptions): Steps<Analysis> {
  const now = options.now ?? defaultNow;
  const limits = { ...PAGE_LIMITS, ...options.limits };
  // Each step's own time: what runs between two steps is not this page's work.
  let t0 = now();
  const story = matchStory(article.text, reading.quotes, index, article, undefined, options.rules);
  let matching = now() - t0;
  let quoteMatches: QuoteMatch[] = [];
  if (story.length) {
    yield;
    t0 = now();
    quoteMatches = onlyFromStory(matchQuotes(reading.quotes, index, story), story);
    matching += now() - t0;
  }
  if ((reading.timings.total ?? 0) + matching > limits.timeBudgetMs) {
    const timings: Record<string, number> = { ...reading.timings, match: round(matching) };
    timings.total = round((reading.timings.total ?? 0) + matching);
    return { ...reading, story, quoteMatches, timings, problem: overBudget('comparing the details', timings.total, limits.timeBudgetMs) };
  }
  // The details detectors read English: on a page in another language they would call facts
  // the page does state "not stated". Compare details only where they can read the page.
  const readsEnglish = article.lang === null || /^en\b/i.test(article.lang);
  let differences: Difference[] = [];
  const differing = { ms: 0 };
  if (readsEnglish) {
    // With no story there is nothing to compare (an empty list, at once): no turn to give.
    if (story.length) yield;
    differences = yield* timedSteps(findDifferencesInSteps({ article, quotes: reading.quotes, credits: reading.credits }, story, quoteMatches, index), now, differing);
  }
  const timings: Record<string, number> = { ...reading.timings, match: round(matching), differences: round(differing.ms) };
  timings.total = round((reading.timings.total ?? 0) + matching + differing.ms);
  return { ...reading, story, quoteMatches, differences, timings };
}
