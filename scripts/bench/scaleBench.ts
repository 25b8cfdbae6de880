// Scale: synthetic corpora of growing size -> index build time, index size, time to match
// one page (indexed) against the naive full comparison, and whether the right articles are
// still found.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildIndex, type CorpusSource } from '../../utils/corpus/buildIndex';
import { loadIndex } from '../../utils/corpus/loadIndex';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { matchStory } from '../../utils/match/matchStory';
import { matchQuotes } from '../../utils/match/matchQuotes';
import { naiveMatch } from './naiveMatch';
import { median } from './stats';
import { syntheticCorpus } from './syntheticCorpus';

export interface ScaleRow {
  articles: number;
  /** ms to build the index from the texts (median of `buildRounds`). */
  buildMs: number;
  buildRounds: number;
  /** ms to JSON.parse + loadIndex the index, as the background does. */
  loadMs: number;
  indexBytes: number;
  indexBytesGzip: number;
  /** Gzipped index bytes per article. */
  bytesPerArticleGzip: number;
  /** Median ms to match one page (story + quotes) with the index. */
  matchMs: number;
  /** Median ms of the naive baseline (page vs every article in full). */
  naiveMs: number;
  /** naiveMs / matchMs. */
  speedup: number;
  /** Share of the articles found on the real five-article corpus that are still found here (null when nothing is found there). */
  recall: number | null;
  /** Share of the synthetic rewrites of the page's story that are found. */
  rewritesFound: number | null;
  /** The same two shares for the naive baseline, for comparison. */
  naiveRecall: number | null;
  naiveRewritesFound: number | null;
}

export interface ScaleResult {
  rows: ScaleRow[];
  /** matchMs at the largest size / at the smallest: goal <= 3. */
  matchGrowth: number;
  /** speedup at the largest size: goal >= 50. */
  speedupAtLargest: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function timeMedian(rounds: number, run: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const share = (found: Set<string>, wanted: string[]): number | null =>
  wanted.length === 0 ? null : wanted.filter((id) => found.has(id)).length / wanted.length;

const mean = (xs: Array<number | null>): number | null => {
  const real = xs.filter((x): x is number => x !== null);
  return real.length === 0 ? null : round2(real.reduce((a, b) => a + b, 0) / real.length);
};

export function scaleBench(real: CorpusSource[], sizes: number[] = [100, 1000, 10_000], log: (line: string) => void = () => {}): ScaleResult {
  const queries = real.map((s) => ({ docId: s.meta.docId, text: s.text, quotes: extractQuotes(s.text) }));
  const baseIndex = buildIndex(real);
  // The right answer for each query: what matching finds on the real corpus alone.
  const expected = queries.map((q) => matchStory(q.text, q.quotes, baseIndex).map((m) => m.docId));

  const rows: ScaleRow[] = [];
  for (const size of sizes) {
    const corpus = syntheticCorpus(real, size);
    const buildRounds = size >= 10_000 ? 1 : size >= 1000 ? 2 : 5;
    let index: CorpusIndex = baseIndex;
    const buildMs = timeMedian(buildRounds, () => {
      index = buildIndex(corpus.sources);
    });
    const json = JSON.stringify(index);
    const gzip = gzipSync(json).length;
    const loadMs = timeMedian(3, () => {
      index = loadIndex(JSON.parse(json));
    });

    const matchRounds = size >= 10_000 ? 10 : 20;
    // The naive baseline at 10,000 takes seconds per query: one run per query, five queries.
    const naiveRounds = size >= 10_000 ? 1 : size >= 1000 ? 3 : 10;
    const matchSamples: number[] = [];
    const naiveSamples: number[] = [];
    const recalls: Array<number | null> = [];
    const rewrites: Array<number | null> = [];
    const naiveRecalls: Array<number | null> = [];
    const naiveRewrites: Array<number | null> = [];
    queries.forEach((q, qi) => {
      let found = new Set<string>();
      matchSamples.push(
        timeMedian(matchRounds, () => {
          const story = matchStory(q.text, q.quotes, index);
          matchQuotes(q.quotes, index, story);
          found = new Set(story.map((m) => m.docId));
        }),
      );
      let naiveFound = new Set<string>();
      naiveSamples.push(
        timeMedian(naiveRounds, () => {
          naiveFound = new Set(naiveMatch(q.text, corpus.sources).map((h) => h.docId));
        }),
      );
      const wanted = expected[qi]!;
      const storyIds = new Set([q.docId, ...wanted]);
      const wantedRewrites = Object.entries(corpus.rewriteOf).filter(([, of]) => storyIds.has(of)).map(([id]) => id);
      recalls.push(share(found, wanted));
      rewrites.push(share(found, wantedRewrites));
      naiveRecalls.push(share(naiveFound, wanted));
      naiveRewrites.push(share(naiveFound, wantedRewrites));
    });
    const matchMs = median(matchSamples);
    const naiveMs = median(naiveSamples);
    const row: ScaleRow = {
      articles: size,
      buildMs: round2(buildMs),
      buildRounds,
      loadMs: round2(loadMs),
      indexBytes: Buffer.byteLength(json),
      indexBytesGzip: gzip,
      bytesPerArticleGzip: Math.round(gzip / size),
      matchMs: Math.round(matchMs * 1000) / 1000,
      naiveMs: round2(naiveMs),
      speedup: matchMs > 0.001 ? Math.round(naiveMs / matchMs) : Number.NaN,
      recall: mean(recalls),
      rewritesFound: mean(rewrites),
      naiveRecall: mean(naiveRecalls),
      naiveRewritesFound: mean(naiveRewrites),
    };
    rows.push(row);
    log(`scale ${size}: build ${row.buildMs} ms, match ${row.matchMs} ms, naive ${row.naiveMs} ms`);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    matchGrowth: first && last && first.matchMs > 0 ? round2(last.matchMs / first.matchMs) : Number.NaN,
    speedupAtLargest: last?.speedup ?? Number.NaN,
  };
}
