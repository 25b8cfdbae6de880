// Per-stage timings of our pipeline in Node/jsdom on the fixture pages, and Readability's
// parse() alone on the same parsed DOM in the same run, interleaved so both see the same
// machine load.
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { analyze } from '../../utils/analyze';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';
import type { BenchPage } from './fixturePages';
import { median, summarize, type Summary } from './stats';

export const STAGES = ['detect', 'extract', 'quotes', 'match', 'differences', 'total'] as const;

export interface PageResult {
  name: string;
  isArticle: boolean;
  quotes: number;
  story: number;
  /** Median ms of our total on this page. */
  total: number;
  /** Median ms of Readability parse() on a ready clone of this page. */
  readability: number;
}

export interface StageResult {
  pages: PageResult[];
  /** Our stages over all pages and rounds. */
  stages: Record<string, Summary>;
  /** Our stages over the pages detected as articles only. */
  articleStages: Record<string, Summary>;
  /** Readability parse() alone (the clone it needs is made outside the timing). */
  readability: Summary;
  /** Readability including the document clone it needs so as not to change the page. */
  readabilityWithClone: Summary;
  /** Same, on article pages only. */
  articleReadability: Summary;
  /** Median total / median Readability parse(), article pages only: the goal is <= 1.5. */
  ratioToReadability: number;
  /** Same ratio over every page, non-articles included (they stop after detection). */
  ratioToReadabilityAllPages: number;
  rounds: number;
}

export function stageBench(pages: BenchPage[], index: CorpusIndex, rounds = 15, warmup = 3): StageResult {
  const docs = pages.map((p) => new JSDOM(p.html, { url: p.url }).window.document);
  const ours: Array<Record<string, number[]>> = pages.map(() => Object.fromEntries(STAGES.map((s) => [s, []])));
  const readability: number[][] = pages.map(() => []);
  const readabilityWithClone: number[][] = pages.map(() => []);
  const facts = pages.map(() => ({ isArticle: false, quotes: 0, story: 0 }));

  for (let round = 0; round < warmup + rounds; round++) {
    const record = round >= warmup;
    docs.forEach((doc, i) => {
      // Alternate which goes first so neither always runs on a warmer cache.
      const runOurs = (): void => {
        const result = analyze(doc, index, { now: () => performance.now() });
        facts[i] = { isArticle: result.isArticle, quotes: result.quotes.length, story: result.story.length };
        if (!record) return;
        for (const stage of STAGES) {
          const ms = result.timings[stage];
          if (typeof ms === 'number') ours[i]![stage]!.push(ms);
        }
      };
      const runReadability = (): void => {
        const t0 = performance.now();
        const clone = doc.cloneNode(true) as Document;
        const t1 = performance.now();
        new Readability(clone).parse();
        const t2 = performance.now();
        if (!record) return;
        readability[i]!.push(t2 - t1);
        readabilityWithClone[i]!.push(t2 - t0);
      };
      if (round % 2) {
        runReadability();
        runOurs();
      } else {
        runOurs();
        runReadability();
      }
    });
  }

  const pool = (which: (i: number) => boolean, pick: (i: number) => number[]): number[] =>
    pages.flatMap((_, i) => (which(i) ? pick(i) : []));
  const all = (): boolean => true;
  const articles = (i: number): boolean => facts[i]!.isArticle;
  const stageSummaries = (which: (i: number) => boolean): Record<string, Summary> =>
    Object.fromEntries(STAGES.map((s) => [s, summarize(pool(which, (i) => ours[i]![s]!))]));

  const stages = stageSummaries(all);
  const articleStages = stageSummaries(articles);
  const readabilityAll = summarize(pool(all, (i) => readability[i]!));
  const articleReadability = summarize(pool(articles, (i) => readability[i]!));
  const ratio = (a: number, b: number): number => (b > 0 ? Math.round((a / b) * 100) / 100 : Number.NaN);

  return {
    pages: pages.map((p, i) => ({
      name: p.name,
      ...facts[i]!,
      total: Math.round(median(ours[i]!.total!) * 100) / 100,
      readability: Math.round(median(readability[i]!) * 100) / 100,
    })),
    stages,
    articleStages,
    readability: readabilityAll,
    readabilityWithClone: summarize(pool(all, (i) => readabilityWithClone[i]!)),
    articleReadability,
    ratioToReadability: ratio(articleStages.total!.median, articleReadability.median),
    ratioToReadabilityAllPages: ratio(stages.total!.median, readabilityAll.median),
    rounds,
  };
}
