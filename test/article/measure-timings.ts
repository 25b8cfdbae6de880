// Timing probe (not a test): median milliseconds of detectArticle, Readability's parse() on a
// clone, and extractArticle over every fixture page, in jsdom.  npx tsx test/article/measure-timings.ts
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { detectArticle } from '../../utils/article/detectArticle';
import { extractArticle } from '../../utils/article/extractArticle';
import { looksLikeArticleCandidate } from '../../utils/article/looksLikeArticleCandidate';
import { fixtureNames, hasExpectation, loadFixture } from './loadFixture';

const RUNS = 15;
const WARMUP = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const rows: Array<Record<string, string | number>> = [];
for (const name of fixtureNames().filter(hasExpectation)) {
  const { doc } = loadFixture(name);
  rows.push({
    fixture: name,
    candidate: +time(() => looksLikeArticleCandidate(doc)).toFixed(2),
    detect: +time(() => detectArticle(doc)).toFixed(2),
    readerable: +time(() => isProbablyReaderable(doc)).toFixed(2),
    parse: +time(() => new Readability(doc.cloneNode(true) as Document).parse()).toFixed(2),
    extract: +time(() => extractArticle(doc)).toFixed(2),
  });
}
console.table(rows);
for (const key of ['candidate', 'detect', 'readerable', 'parse', 'extract']) {
  console.log(`median ${key}: ${median(rows.map((r) => r[key] as number)).toFixed(2)} ms`);
}
