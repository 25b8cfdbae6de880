// Reads the real-browser timings the e2e run leaves in test-results/browser-timings.json
// (Chromium, the built extension on the fixture pages) and summarises them beside
// Readability's parse() measured in the same browser on the same pages.
//
// Expected shape (extra keys are ignored; a sample may be one number or an array of runs):
// { "browser": "Chromium 156", "pages": [ { "name": "<fixture>",
//     "timings": { "detect": 1.2, …, "total": 9.8 } | [ {…}, … ],
//     "readability": 4.1 | [4.1, …],            // parse() on a clone, same page, same browser
//     "longTasks": [62.0, …],                    // PerformanceObserver longtask durations (ms), page start to report
//     "readingLongTasks": [ … ],                 // those overlapping a Crossquote reading step
//     "evaluationLongTask": 55.0 | null,         // the one holding the content script's start mark
//     "steps": [3.1, …] } ] }                    // the reading steps' durations (ms)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { median, pairedRatio, summarize, type Summary } from './stats';

export const BROWSER_TIMINGS = new URL('../../test-results/browser-timings.json', import.meta.url).pathname;

/** Long tasks of one kind over the pages. */
export interface LongTaskSummary {
  count: number;
  longestMs: number;
  pagesWithAny: number;
}

export interface BrowserSummary {
  file: string;
  /** When the file was written (its mtime), so a stale file is visible. */
  writtenAt: string;
  browser: string | null;
  pages: number;
  /** Every page (non-articles stop after detection). */
  stages: Record<string, Summary>;
  /** Pages that were articles (their timings include extract), as the Node ratio uses. */
  articleStages: Record<string, Summary>;
  readability: Summary | null;
  /** Readability parse() on the article pages, every run. */
  articleReadability: Summary | null;
  /** Readability's first run on each article page: cold, as our one load per page is. */
  articleReadabilityFirstRun: Summary | null;
  /** Per article page, our total / Readability's median parse() there; the median over pages. */
  ratioToReadability: number | null;
  /** Per article page, our total / Readability's first (cold) run there; the median over pages. */
  ratioToReadabilityCold: number | null;
  /** Median total / median parse() over the pooled article samples (the first sessions' figure). */
  ratioToReadabilityPooled: number | null;
  /** Long tasks observed while the content script worked: how many, and the longest (ms). */
  /** Every long task from page start until the report was ready (the page's own included). */
  longTasks: LongTaskSummary | null;
  /** Long tasks overlapping Crossquote's reading steps: the work the content script chunks. */
  readingLongTasks: LongTaskSummary | null;
  /** Long tasks holding the content script's start mark: the browser compiling and running it. */
  evaluationLongTasks: LongTaskSummary | null;
  /** The reading steps themselves (ms), over all pages. */
  steps: Summary & { longest: number } | null;
}

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Long-task durations of one kind, page by page. */
class LongTasks {
  private durations: number[] = [];
  private pages = 0;
  private seen = false;
  add(tasks: number[]): void {
    this.seen = true;
    this.durations.push(...tasks);
    if (tasks.length) this.pages++;
  }
  summary(): LongTaskSummary | null {
    if (!this.seen) return null;
    return { count: this.durations.length, longestMs: this.durations.length ? Math.max(...this.durations) : 0, pagesWithAny: this.pages };
  }
}

const numbers = (v: Json): number[] => (typeof v === 'number' ? [v] : Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);

export function browserTimings(file: string = BROWSER_TIMINGS): BrowserSummary | null {
  if (!existsSync(file)) return null;
  let data: Json;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isRecord(data) || !Array.isArray(data.pages)) return null;
  const stageSamples: Record<string, number[]> = {};
  const articleSamples: Record<string, number[]> = {};
  const readability: number[] = [];
  const articleReadability: number[] = [];
  const articleFirstRuns: number[] = [];
  const longTaskKinds = { longTasks: new LongTasks(), readingLongTasks: new LongTasks(), evaluationLongTask: new LongTasks() };
  const steps: number[] = [];
  // Per article page: [our median total, Readability's median parse(), its first parse()].
  const paired: Array<[number, number, number]> = [];
  const pages = data.pages.filter(isRecord);
  for (const page of pages) {
    const runs = Array.isArray(page.timings) ? page.timings.filter(isRecord) : isRecord(page.timings) ? [page.timings] : [];
    const isArticle = runs.some((run) => typeof run.extract === 'number');
    for (const run of runs) {
      for (const [stage, ms] of Object.entries(run)) {
        if (typeof ms !== 'number') continue;
        (stageSamples[stage] ??= []).push(ms);
        if (isArticle) (articleSamples[stage] ??= []).push(ms);
      }
    }
    const parses = numbers(page.readability);
    readability.push(...parses);
    if (isArticle) {
      articleReadability.push(...parses);
      if (parses[0] !== undefined) articleFirstRuns.push(parses[0]);
      const totals = runs.map((run) => run.total).filter((ms): ms is number => typeof ms === 'number');
      if (totals.length && parses.length) paired.push([median(totals), median(parses), parses[0]!]);
    }
    for (const [key, kind] of Object.entries(longTaskKinds)) if (page[key] !== undefined) kind.add(numbers(page[key]));
    steps.push(...numbers(page.steps));
  }
  const summaries = (samples: Record<string, number[]>): Record<string, Summary> => Object.fromEntries(Object.entries(samples).map(([s, xs]) => [s, summarize(xs)]));
  const total = articleSamples.total ? median(articleSamples.total) : Number.NaN;
  const ratio = (parse: number): number | null => (parse > 0 && Number.isFinite(total) ? Math.round((total / parse) * 100) / 100 : null);
  return {
    file,
    writtenAt: statSync(file).mtime.toISOString(),
    browser: typeof data.browser === 'string' ? data.browser : null,
    pages: pages.length,
    stages: summaries(stageSamples),
    articleStages: summaries(articleSamples),
    readability: readability.length ? summarize(readability) : null,
    articleReadability: articleReadability.length ? summarize(articleReadability) : null,
    articleReadabilityFirstRun: articleFirstRuns.length ? summarize(articleFirstRuns) : null,
    ratioToReadability: paired.length ? pairedRatio(paired.map(([ours, parse]) => [ours, parse])).median : null,
    ratioToReadabilityCold: paired.length ? pairedRatio(paired.map(([ours, , first]) => [ours, first])).median : null,
    ratioToReadabilityPooled: articleReadability.length ? ratio(median(articleReadability)) : null,
    longTasks: longTaskKinds.longTasks.summary(),
    readingLongTasks: longTaskKinds.readingLongTasks.summary(),
    evaluationLongTasks: longTaskKinds.evaluationLongTask.summary(),
    steps: steps.length ? { ...summarize(steps), longest: Math.max(...steps) } : null,
  };
}
