// Library scale: synthetic libraries (the scale bench's synthetic corpora: the five real texts,
// rewrites of them and unrelated filler) of growing size, kept as library articles.
// Measures, per size: loading the index from the kept entries (the background's start-up after
// the service worker wakes, IndexedDB read excluded) and the first answer after it, adding one
// article (record + index),
// matching one page with corpus + library (the five real texts as pages), the heap held, and
// the kept bytes per article. Run: npx tsx scripts/bench/libraryBench.ts [--sizes 100,1000,10000]
// Times are CPU time of this process. Measurements, not tests: nothing fails on a slow machine.
import v8 from 'node:v8';
import vm from 'node:vm';
import { readCorpus } from '../readCorpus';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { buildLibraryArticle } from '../../utils/library/buildLibraryArticle';
import { createLibraryIndex, type LibraryIndex } from '../../utils/library/libraryIndex';
import { addToLibraryIndex } from '../../utils/library/addToLibraryIndex';
import { loadLibraryIndex } from '../../utils/library/loadLibraryIndex';
import { compareWithLibrary } from '../../utils/library/compareWithLibrary';
import { formatLibraryLine } from '../../utils/library/formatLibraryJsonl';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import type { Analysis } from '../../utils/types';
import { syntheticCorpus } from './syntheticCorpus';
import { median } from './stats';

export interface LibraryScaleRow {
  articles: number;
  /** ms to build the in-memory index of corpus + library from the kept entries. */
  loadMs: number;
  /** ms from the kept entries to the first answer: the load, then one page compared (cold). */
  firstAnswerMs: number;
  /** Median ms to make one article's record (its index entries) from a reading. */
  recordMs: number;
  /** Median ms to add one article to the loaded index. */
  addMs: number;
  /** Median ms to compare one page with corpus + library (story, quotes, differences). */
  matchMs: number;
  /** Heap held by the loaded index, MB (needs --expose-gc for a clean figure). */
  heapMb: number;
  /** Kept bytes per article (UTF-8 JSON Lines). */
  bytesPerArticle: number;
}

// A library spans many sites, with several articles from each (as a reader's does): 200 sites.
const siteFor = (docId: string): string => `outlet-${[...docId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 200}.example`;

const reading = (text: string, docId: string): Analysis => ({
  ...emptyAnalysis('This is a news article.', `https://${siteFor(docId)}/${docId}`),
  isArticle: true,
  article: { title: text.split('\n')[0]!.slice(0, 80), siteName: null, byline: null, published: null, lang: 'en', text },
  quotes: extractQuotes(text),
});

/** CPU milliseconds (user + system) of `run`: on a machine shared with other work, wall time measures the neighbours. */
function time(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

// A clean heap figure needs a collection before each reading: expose gc at run time when node
// was not started with --expose-gc (npm run bench runs plain tsx).
v8.setFlagsFromString('--expose-gc');
const collect = ((globalThis as { gc?: () => void }).gc ?? vm.runInNewContext('gc')) as () => void;
const gc = (): void => collect();

export function libraryBench(sizes: number[], log: (line: string) => void = () => {}): LibraryScaleRow[] {
  const real = readCorpus();
  const corpus = buildIndex(real);
  const pages = real.map((s) => reading(s.text, `page-${s.meta.docId}`));
  const rows: LibraryScaleRow[] = [];
  // Warm the matcher up first, so the smallest size does not carry the JIT's first runs.
  const warm = createLibraryIndex(corpus);
  for (let round = 0; round < 3; round++) for (const page of pages) compareWithLibrary(page, warm);
  for (const size of sizes) {
    const sources = syntheticCorpus(real, size).sources;
    const recordTimes: number[] = [];
    const articles: LibraryArticle[] = sources.map((s, i) => {
      const r = reading(s.text, s.meta.docId);
      let a: LibraryArticle | null = null;
      recordTimes.push(time(() => (a = buildLibraryArticle(r, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()))));
      return a!;
    });
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(formatLibraryLine(a)) + 1, 0);
    // The last 20 are added one at a time after the load, as articles read later are.
    const loaded = articles.slice(0, -20);
    const later = articles.slice(-20);
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    let index: LibraryIndex = createLibraryIndex(corpus);
    const loadMs = time(() => (index = loadLibraryIndex(corpus, loaded)));
    const firstAnswerMs = loadMs + time(() => compareWithLibrary(pages[0]!, index));
    const addMs = median(later.map((a) => time(() => addToLibraryIndex(index, a))));
    gc();
    const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
    const matchTimes: number[] = [];
    for (let round = 0; round < 5; round++) for (const page of pages) matchTimes.push(time(() => compareWithLibrary(page, index)));
    const row: LibraryScaleRow = {
      articles: size,
      loadMs: Math.round(loadMs),
      firstAnswerMs: Math.round(firstAnswerMs),
      recordMs: Math.round(median(recordTimes) * 100) / 100,
      addMs: Math.round(addMs * 100) / 100,
      matchMs: Math.round(median(matchTimes) * 10) / 10,
      heapMb: Math.round(heapMb * 10) / 10,
      bytesPerArticle: Math.round(bytes / articles.length),
    };
    log(JSON.stringify(row));
    rows.push(row);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? (process.argv[at + 1] ?? '').split(',').map(Number).filter((n) => n >= 5) : [100, 1000, 10_000];
  const rows = libraryBench(sizes, (line) => console.error(line));
  const first = rows[0];
  const last = rows.at(-1);
  console.log(JSON.stringify({ rows, matchGrowth: first && last ? Math.round((last.matchMs / first.matchMs) * 100) / 100 : null }, null, 2));
}
