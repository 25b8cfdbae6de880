// Library scale: synthetic libraries (the scale bench's synthetic corpora: the five real texts,
// rewrites of them and unrelated filler) of growing size, kept as library articles in IndexedDB
// (fake-indexeddb in Node: the same API and the same transactions as the browser's, in memory,
// so its times stand for the browser's only roughly — Chromium's IndexedDB is native code).
// Measures, per size, what the background does:
//   - start-up at a service-worker wake: opening the database (the stored index is read lazily,
//     so nothing is loaded), and the first answer after it (open + read the postings and candidate
//     articles the first page needs + compare);
//   - keeping one article (its record and its stored postings, one transaction);
//   - comparing one page with corpus + library from the stored index (the five real texts as pages);
//   - the heap the background holds between pages, and the kept bytes per article;
// and, for comparison, the in-memory index that `analyze --library` and the tests load whole
// (load time, heap, match), with a check that both give the same answers on every page.
// Run: npx tsx scripts/bench/libraryBench.ts [--sizes 100,1000,10000]
// Times are CPU time of this process. Measurements, not tests: nothing fails on a slow machine.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readCorpus } from '../readCorpus';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { buildLibraryArticle } from '../../utils/library/buildLibraryArticle';
import { createLibraryIndex, type LibraryIndex } from '../../utils/library/libraryIndex';
import { loadLibraryIndex } from '../../utils/library/loadLibraryIndex';
import { compareWithLibrary } from '../../utils/library/compareWithLibrary';
import { openLibraryDb } from '../../utils/library/libraryDb';
import { saveSettings } from '../../utils/library/saveSettings';
import { createLibraryService } from '../../utils/library/createLibraryService';
import { formatLibraryLine } from '../../utils/library/formatLibraryJsonl';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import type { Analysis } from '../../utils/types';
import { syntheticCorpus } from './syntheticCorpus';
import { median } from './stats';

export interface LibraryScaleRow {
  articles: number;
  /** ms of a wake before the first page: opening the database (nothing is loaded: the index is stored). */
  startMs: number;
  /** ms from the wake to the first answer: open the database, read what the first page needs, compare. */
  firstAnswerMs: number;
  /** Median ms to make one article's record (its index entries) from a reading. */
  recordMs: number;
  /** Median ms to keep one article: record, stored postings and cap check in one transaction. */
  addMs: number;
  /** Median ms to compare one page with corpus + library from the stored index (reads, story, quotes, differences). */
  matchMs: number;
  /** Heap the background holds between pages, MB (needs --expose-gc for a clean figure; IndexedDB's own store not counted). */
  heapMb: number;
  /** Kept bytes per article (UTF-8 JSON Lines). */
  bytesPerArticle: number;
  /** The in-memory index (analyze --library): ms to load the whole library, heap it holds, median ms to compare one page. */
  memoryLoadMs: number;
  memoryHeapMb: number;
  memoryMatchMs: number;
  /** Pages answered the same (story, quote matches, differences) from the stored index and from the in-memory one. */
  sameAnswers: string;
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

/** The same for asynchronous work (IndexedDB): nothing else runs in this process meanwhile. */
async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const t0 = process.cpuUsage();
  await run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const answerOf = (a: Analysis): string => JSON.stringify([a.story, a.quoteMatches, a.differences, a.problem]);

// A clean heap figure needs a collection before each reading: expose gc at run time when node
// was not started with --expose-gc (npm run bench runs plain tsx).
v8.setFlagsFromString('--expose-gc');
const collect = ((globalThis as { gc?: () => void }).gc ?? vm.runInNewContext('gc')) as () => void;
const gc = (): void => collect();

export async function libraryBench(sizes: number[], log: (line: string) => void = () => {}): Promise<LibraryScaleRow[]> {
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
    const readAt = (i: number): string => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const readings = sources.map((s) => reading(s.text, s.meta.docId));
    const articles: LibraryArticle[] = readings.map((r, i) => {
      let a: LibraryArticle | null = null;
      recordTimes.push(time(() => (a = buildLibraryArticle(r, readAt(i)))));
      return a!;
    });
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(formatLibraryLine(a)) + 1, 0);
    // The last 20 are kept one at a time after the wake, as articles read later are.
    const kept = articles.slice(0, -20);

    // The reader's profile: the library written before the service worker stopped (not timed).
    globalThis.indexedDB = new IDBFactory();
    const writer = await openLibraryDb();
    await saveSettings(writer, { enabled: true, maxArticles: size + 100 });
    for (let i = 0; i < kept.length; i += 500) {
      const tx = writer.transaction('articles', 'readwrite');
      for (const a of kept.slice(i, i + 500)) void tx.store.put(a);
      await tx.done;
    }
    writer.close();
    const startMs = await timeAsync(async () => (await openLibraryDb()).close());

    // The wake: the background's library service, new, and the first page (it opens the database).
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const service = createLibraryService(() => openLibraryDb());
    let first: Analysis | null = null;
    const firstAnswerMs = await timeAsync(async () => (first = await service.compare(pages[0]!, corpus)));
    const addTimes: number[] = [];
    for (let i = articles.length - 20; i < articles.length; i++) addTimes.push(await timeAsync(() => service.keep(readings[i]!, { incognito: false }, new Date(readAt(i)))));
    const addMs = median(addTimes);
    const matchTimes: number[] = [];
    const stored: string[] = [];
    for (let round = 0; round < 5; round++) {
      for (const page of pages) {
        let answer: Analysis | null = null;
        matchTimes.push(await timeAsync(async () => (answer = await service.compare(page, corpus))));
        if (round === 0) stored.push(answerOf(answer!));
      }
    }
    gc();
    // What the background holds between pages: the service with its connection and cached candidates.
    const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
    if (first === null) throw new Error('no first answer');

    // The in-memory index, loaded whole, for comparison (and to check the answers agree).
    gc();
    const memory0 = process.memoryUsage().heapUsed;
    let index: LibraryIndex = createLibraryIndex(corpus);
    const memoryLoadMs = time(() => (index = loadLibraryIndex(corpus, articles)));
    gc();
    const memoryHeapMb = (process.memoryUsage().heapUsed - memory0) / 1024 / 1024;
    const memoryTimes: number[] = [];
    const same = pages.filter((page, i) => {
      let answer: Analysis | null = null;
      memoryTimes.push(time(() => (answer = compareWithLibrary(page, index))));
      return answerOf(answer!) === stored[i];
    }).length;
    const row: LibraryScaleRow = {
      articles: size,
      startMs: Math.round(startMs * 10) / 10,
      firstAnswerMs: Math.round(firstAnswerMs),
      recordMs: Math.round(median(recordTimes) * 100) / 100,
      addMs: Math.round(addMs * 100) / 100,
      matchMs: Math.round(median(matchTimes) * 10) / 10,
      heapMb: Math.round(heapMb * 10) / 10,
      bytesPerArticle: Math.round(bytes / articles.length),
      memoryLoadMs: Math.round(memoryLoadMs),
      memoryHeapMb: Math.round(memoryHeapMb * 10) / 10,
      memoryMatchMs: Math.round(median(memoryTimes) * 10) / 10,
      sameAnswers: `${same} of ${pages.length}`,
    };
    log(JSON.stringify(row));
    rows.push(row);
    globalThis.indexedDB = new IDBFactory();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? (process.argv[at + 1] ?? '').split(',').map(Number).filter((n) => n >= 5) : [100, 1000, 10_000];
  const rows = await libraryBench(sizes, (line) => console.error(line));
  const first = rows[0];
  const last = rows.at(-1);
  console.log(JSON.stringify({ rows, matchGrowth: first && last ? Math.round((last.matchMs / first.matchMs) * 100) / 100 : null }, null, 2));
}
