// Per-stage timings of our pipeline in Node/jsdom on the fixture pages, and Readability's
// parse() alone on the same parsed DOM in the same run, interleaved so both see the same
// machine load.
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { analyze } from '../../utils/analyze';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';
import type { BenchPage } from './fixturePages';
import { median, pairedRatio, summarize, type PairedRatio, type Summary } from './stats';

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
  /** total / readability on this page. */
  ratio: number;
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
  /** Per article page, our median total / Readability's median parse(); the median over pages. The goal is <= 1.5. */
  ratioToReadability: number;
  /** The per-page ratios of the article pages, summarised (median, geometric mean, pages). */
  articleRatios: PairedRatio;
  /** Median total / median parse() over the pooled article samples (the first sessions' figure; unstable, see pairedRatio). */
  ratioToReadabilityPooled: number;
  /** Median of the per-page ratios over every page, non-articles included (they stop after detection). */
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

  const perPage = pages.map((p, i) => {
    const total = median(ours[i]!.total!);
    const parse = median(readability[i]!);
    return { name: p.name, ...facts[i]!, total: Math.round(total * 100) / 100, readability: Math.round(parse * 100) / 100, ratio: ratio(total, parse) };
  });
  const pairs = (which: (i: number) => boolean): Array<[number, number]> =>
    pages.flatMap((_, i) => (which(i) ? [[median(ours[i]!.total!), median(readability[i]!)] as [number, number]] : []));
  const articleRatios = pairedRatio(pairs(articles));
  return {
    pages: perPage,
    stages,
    articleStages,
    readability: readabilityAll,
    readabilityWithClone: summarize(pool(all, (i) => readabilityWithClone[i]!)),
    articleReadability,
    ratioToReadability: articleRatios.median,
    articleRatios,
    ratioToReadabilityPooled: ratio(articleStages.total!.median, articleReadability.median),
    ratioToReadabilityAllPages: pairedRatio(pairs(all)).median,
    rounds,
  };
}
