// npm run bench [-- --json] [--rounds N] [--sizes 100,1000,10000] [--library-sizes 100,1000,10000]
// Measures speed (per stage, beside Readability), scale (synthetic corpora), the reader's library
// at scale (synthetic libraries) and size (the built extension). Prints a table, or with --json one JSON object (keys in docs/performance.md).
// These are measurements, not tests: nothing here fails on a slow machine.
import os from 'node:os';
import { buildIndex } from '../utils/corpus/buildIndex';
import { readCorpus } from './readCorpus';
import { fixturePages } from './bench/fixturePages';
import { stageBench, STAGES, type StageResult } from './bench/stageBench';
import { scaleBench, type ScaleResult } from './bench/scaleBench';
import { bundleSizes, type BundleSizes } from './bench/bundleSizes';
import { browserTimings, type BrowserSummary } from './bench/browserTimings';
import { SIZE_BUDGETS, type BudgetedPart } from './bench/sizeBudgets';
import { libraryBench, type LibraryScaleRow } from './bench/libraryBench';
import type { Summary } from './bench/stats';

interface Options {
  json: boolean;
  rounds: number;
  sizes: number[];
  librarySizes: number[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, rounds: 11, sizes: [100, 1000, 10_000], librarySizes: [100, 1000, 10_000] };
  const sizesOf = (arg: string | undefined): number[] => (arg ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 5);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--rounds') options.rounds = Math.max(1, Number(argv[++i]) || options.rounds);
    else if (arg === '--sizes') options.sizes = sizesOf(argv[++i]);
    else if (arg === '--library-sizes') options.librarySizes = sizesOf(argv[++i]);
    else {
      console.error(`bench: unknown argument ${arg}\nusage: npm run bench -- [--json] [--rounds N] [--sizes 100,1000,10000] [--library-sizes 100,1000,10000]`);
      process.exit(2);
    }
  }
  return options;
}

export interface BenchReport {
  machine: { cpus: number; cpuModel: string; node: string; platform: string; date: string };
  node: StageResult & { pageSource: 'fixtures' | 'corpus stand-ins' };
  browser: BrowserSummary | null;
  scale: ScaleResult | null;
  /** Synthetic libraries (scripts/bench/libraryBench.ts); CPU ms of this process. */
  library: { rows: LibraryScaleRow[]; matchGrowth: number | null } | null;
  size: (BundleSizes & { budgets: typeof SIZE_BUDGETS }) | null;
  goals: Record<string, { value: number | null; goal: string; met: boolean | null }>;
}

const options = parseArgs(process.argv.slice(2));
const log = (line: string): void => {
  if (!options.json) console.error(line);
};

const real = readCorpus();
const index = buildIndex(real);
const pages = fixturePages();
log(`stages: ${pages.length} pages × ${options.rounds} rounds…`);
const node = stageBench(pages, index, options.rounds);
const browser = browserTimings();
log(options.sizes.length ? `scale: ${options.sizes.join(', ')} articles…` : 'scale: skipped');
const scale = options.sizes.length ? scaleBench(real, options.sizes, log) : null;
log(options.librarySizes.length ? `library: ${options.librarySizes.join(', ')} articles…` : 'library: skipped');
const libraryRows = options.librarySizes.length ? await libraryBench(options.librarySizes, log) : null;
const library = libraryRows ? { rows: libraryRows, matchGrowth: growth(libraryRows) } : null;
const sizes = bundleSizes();

function growth(rows: LibraryScaleRow[]): number | null {
  const first = rows[0];
  const last = rows.at(-1);
  return first && last && first.matchMs > 0 ? Math.round((last.matchMs / first.matchMs) * 100) / 100 : null;
}

const lastRow = scale?.rows[scale.rows.length - 1];
const lastLibrary = library?.rows.at(-1);
const goal = (value: number | null | undefined, text: string, ok: (v: number) => boolean): BenchReport['goals'][string] => {
  const v = value === undefined || value === null || !Number.isFinite(value) ? null : value;
  return { value: v, goal: text, met: v === null ? null : ok(v) };
};
const report: BenchReport = {
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
  },
  node: { ...node, pageSource: pages[0]?.name.startsWith('corpus-') ? 'corpus stand-ins' : 'fixtures' },
  browser,
  scale,
  library,
  size: sizes ? { ...sizes, budgets: SIZE_BUDGETS } : null,
  goals: {
    ratioToReadability: goal(node.ratioToReadability, '<= 1.5 (median over the article pages of our total / Readability parse())', (v) => v <= 1.5),
    browserRatioToReadability: goal(browser?.ratioToReadability, '<= 1.5', (v) => v <= 1.5),
    browserRatioToReadabilityCold: goal(browser?.ratioToReadabilityCold, '<= 1.5 (our one cold load vs Readability\'s first run)', (v) => v <= 1.5),
    matchGrowth: goal(scale?.matchGrowth, `match at ${lastRow?.articles ?? '?'} <= 3x at ${scale?.rows[0]?.articles ?? '?'}`, (v) => v <= 3),
    speedupVsNaive: goal(scale?.speedupAtLargest, '>= 50x at the largest corpus', (v) => v >= 50),
    recallAtLargest: goal(lastRow?.recall, '1 (every article found on the real corpus is still found)', (v) => v >= 1),
    libraryMatchGrowth: goal(library?.matchGrowth, `library: match at ${lastLibrary?.articles ?? '?'} <= 3x at ${library?.rows[0]?.articles ?? '?'}`, (v) => v <= 3),
    libraryAddMsAtLargest: goal(lastLibrary?.addMs, 'library: add one article (index included) <= 50 ms at the largest', (v) => v <= 50),
    libraryFirstAnswerMsAtLargest: goal(lastLibrary?.firstAnswerMs, 'library: start-up to first answer <= 1000 ms at the largest (open the database, read what one page needs, compare)', (v) => v <= 1000),
    contentScriptGzip: goal(sizes?.content.gzip, `<= ${SIZE_BUDGETS.content} bytes`, (v) => v <= SIZE_BUDGETS.content),
    longestReadingLongTaskMs: goal(browser?.readingLongTasks?.longestMs, '<= 50 ms (no long task during a reading step)', (v) => v <= 50),
  },
};

if (options.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(render(report));
}

function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}

function ms(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function render(r: BenchReport): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Crossquote bench — ${m.cpus} × ${m.cpuModel}, Node ${m.node}, ${m.platform}, ${m.date}\n`);

  out.push(`\nNode/jsdom, ${r.node.pages.length} ${r.node.pageSource} pages × ${r.node.rounds} rounds (ms; article pages / all pages)\n`);
  const stageRow = (name: string, a: Summary | undefined, all: Summary | undefined): Array<string | number> => [
    name, ms(a?.median), ms(a?.p95), ms(all?.median), ms(all?.p95),
  ];
  out.push(
    table(['stage', 'median', 'p95', 'all median', 'all p95'], [
      ...STAGES.map((s) => stageRow(s, r.node.articleStages[s], r.node.stages[s])),
      stageRow('Readability parse()', r.node.articleReadability, r.node.readability),
      ['ratio to Readability (median of per-page ratios)', r.node.ratioToReadability, '', r.node.ratioToReadabilityAllPages, ''],
    ]),
  );
  out.push(
    `(per-page ratios on ${r.node.articleRatios.n} article pages: median ${r.node.articleRatios.median}, geometric mean ${r.node.articleRatios.geomean}; ` +
      `pooled medians ${r.node.ratioToReadabilityPooled}, the figure before 22 Nov 2026's third session)\n`,
  );
  out.push(`(Readability with the clone it needs: median ${ms(r.node.readabilityWithClone.median)} ms over all pages)\n`);
  out.push('\nper page (median ms)\n');
  out.push(table(['page', 'article', 'quotes', 'story', 'total', 'Readability', 'ratio'], r.node.pages.map((p) => [p.name, p.isArticle ? 'yes' : 'no', p.quotes, p.story, ms(p.total), ms(p.readability), p.ratio])));

  out.push('\nBrowser (test-results/browser-timings.json from the e2e run)\n');
  if (!r.browser) out.push('no browser timings yet: run the e2e tests (npm test) first\n');
  else {
    out.push(`${r.browser.browser ?? 'browser'}, ${r.browser.pages} pages, written ${r.browser.writtenAt}\n`);
    const b = r.browser;
    const row = (name: string, a: Summary | null | undefined, all: Summary | null | undefined): Array<string | number> => [name, ms(a?.median), ms(a?.p95), a?.n ?? 0, ms(all?.median), ms(all?.p95)];
    out.push(
      table(['stage (article pages / all pages)', 'median', 'p95', 'n', 'all median', 'all p95'], [
        ...STAGES.map((s) => row(s, b.articleStages[s], b.stages[s])),
        row('Readability parse()', b.articleReadability, b.readability),
        row('Readability parse(), first run', b.articleReadabilityFirstRun, null),
        ['ratio to Readability, per-page median (all runs / first runs)', b.ratioToReadability ?? '–', b.ratioToReadabilityCold ?? '–', '', '', ''],
      ]),
    );
    const line = (label: string, lt: { count: number; pagesWithAny: number; longestMs: number } | null): string =>
      lt ? `${label}: ${lt.count} (on ${lt.pagesWithAny} pages)${lt.count ? `, longest ${ms(lt.longestMs)} ms` : ''}\n` : `${label}: not recorded\n`;
    out.push(line('long tasks during Crossquote\'s reading steps', r.browser.readingLongTasks));
    out.push(line('long tasks evaluating the content script (the browser compiles and runs it in one task)', r.browser.evaluationLongTasks));
    out.push(line('long tasks of any kind, page start to report (the page\'s own layout included)', r.browser.longTasks));
    if (r.browser.steps) out.push(`reading steps: ${r.browser.steps.n}, median ${ms(r.browser.steps.median)} ms, p95 ${ms(r.browser.steps.p95)} ms, longest ${ms(r.browser.steps.longest)} ms\n`);
  }

  out.push('\nScale (synthetic corpora: the real 5, their rewrites, unrelated filler)\n');
  if (!r.scale) out.push('skipped\n');
  else {
    out.push(
      table(
        ['articles', 'build ms', 'load ms', 'gz B/article', 'index gz', 'match ms', 'naive ms', 'speed-up', 'recall', 'rewrites', 'naive recall'],
        r.scale.rows.map((row) => [
          row.articles, ms(row.buildMs), ms(row.loadMs), row.bytesPerArticleGzip, kb(row.indexBytesGzip), ms(row.matchMs), ms(row.naiveMs),
          `${row.speedup}×`, row.recall ?? '–', row.rewritesFound ?? '–', row.naiveRecall ?? '–',
        ]),
      ),
    );
    out.push(`match growth largest/smallest: ${r.scale.matchGrowth}×\n`);
  }

  out.push('\nLibrary (synthetic libraries: the scale generator\'s articles kept as library articles, 200 sites, in fake-indexeddb; CPU ms)\n');
  if (!r.library) out.push('skipped\n');
  else {
    out.push(
      table(
        ['articles', 'start ms', 'first answer ms', 'record ms', 'add ms', 'match ms', 'heap MB', 'B/article', 'in-memory load ms', 'in-memory MB', 'same answers'],
        r.library.rows.map((row) => [row.articles, ms(row.startMs), ms(row.firstAnswerMs), ms(row.recordMs), ms(row.addMs), ms(row.matchMs), row.heapMb, row.bytesPerArticle, ms(row.memoryLoadMs), row.memoryHeapMb, row.sameAnswers]),
      ),
    );
    out.push(`library match growth largest/smallest: ${r.library.matchGrowth ?? '–'}×\n`);
  }

  out.push('\nSize (.output/chrome-mv3, gzip -9 per file)\n');
  if (!r.size) out.push('no build found: run `npm run build` first\n');
  else {
    const s = r.size;
    const parts: BudgetedPart[] = ['content', 'popup', 'background', 'index'];
    out.push(
      table(['part', 'raw', 'gzip', 'budget (gz)', 'within'], parts.map((p) => [
        p === 'index' && s.index.inlinedIn ? `index (in ${s.index.inlinedIn})` : p, kb(s[p].raw), kb(s[p].gzip), kb(s.budgets[p]), s[p].gzip <= s.budgets[p] ? 'yes' : 'NO',
      ])),
    );
  }

  out.push('\nGoals\n');
  out.push(table(['goal', 'value', 'target', 'met'], Object.entries(r.goals).map(([k, g]) => [k, g.value ?? '–', g.goal, g.met === null ? 'n/a' : g.met ? 'yes' : 'NO'])));
  return out.join('');
}
