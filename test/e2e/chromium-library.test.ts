// The reader's library in Chromium: the scenarios Firefox runs (harness/libraryScenarios.ts), on
// profiles kept between starts; the extension is allowed in incognito windows. Then what only
// Chromium can measure: with 1,000 more articles imported, the background's tasks while a page
// is read and its report opened (thread time from a performance trace, as for the reading check).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { finishedAnalysis } from './harness/finishedAnalysis';
import { launchChromium, type ChromiumTab } from './harness/launchChromium';
import { describeLibraryScenarios, useLibraryProfiles } from './harness/libraryScenarios';
import { resultsDir } from './harness/paths';
import { readReportDom, type ReportView } from './harness/readReport';
import { threadTasks, traceWhile, type ReadingTask } from './harness/readingTasks';
import { writeSyntheticLibrary } from './harness/syntheticLibraryJsonl';

const profiles = useLibraryProfiles((server, options) => launchChromium(server, [], options));
const SYNTHETIC_ARTICLES = 1000;
/** The 1,000-article file, written beside the scenarios (seconds of CPU in Node). */
let syntheticFile: { path: string; written: Promise<void> } | undefined;
beforeAll(() => {
  const file = path.join(profiles.scratchDir(), 'synthetic-library.jsonl');
  const written = writeSyntheticLibrary(file, SYNTHETIC_ARTICLES);
  // Awaited by the test that imports it; a failure is reported there, not as an unhandled rejection.
  written.catch(() => undefined);
  syntheticFile = { path: file, written };
});
describeLibraryScenarios(profiles);

const NOTE =
  "Per page, the tasks of the extension's service worker thread (Chromium trace, 'ServiceWorker thread') while the page " +
  'was read and its report opened, with a library of the 4 Harwick pages and 1,000 synthetic articles: cpuMs is thread ' +
  'time (work), wallMs wall-clock; longest five by work, the count of all tasks and their total work (workMs); answerMs: ' +
  "wall-clock from the page's navigation to its finished analysis (the content script's reading included).";

/** Over this much work (ms of thread time) a task is a long task. */
const LONG_TASK_MS = 50;

describe(`a library of ${SYNTHETIC_ARTICLES.toLocaleString('en')} more articles (Chromium)`, () => {
  const measured: Array<{ page: string; articles: number; answerMs: number; count: number; workMs: number; longest: ReadingTask[] }> = [];

  afterAll(async () => {
    if (measured.length === 0) return;
    await writeFile(path.join(resultsDir, 'library-tasks.json'), `${JSON.stringify({ note: NOTE, pages: measured }, null, 2)}\n`);
    for (const m of measured) console.info(`Library of ${m.articles}, longest service-worker task: ${m.longest[0]?.cpuMs} ms of work, ${m.longest[0]?.wallMs} ms wall; ${m.count} tasks, ${m.workMs} ms of work in all; answered ${m.answerMs} ms after navigation (${m.page})`);
  });

  test(`imported on the options page, then pages read and their reports opened, the first after the import and the first after a service-worker restart included: no service-worker task does ${LONG_TASK_MS} ms of work`, async () => {
    // After the scenarios above, on their fresh profile (which holds the 4 Harwick pages); alone, on a new one.
    const session = profiles.running() ?? (await profiles.start('fresh'));
    // With the Harwick copy, rewrite and unrelated page, so the checks below hold either way.
    if (!syntheticFile) throw new Error('the synthetic library was not started');
    await syntheticFile.written;
    const file = syntheticFile.path;
    const options = await session.openExtensionPage('/options.html');
    await options.waitFor(() => document.querySelector('main.options h1') !== null);
    await options.uploadFile('input[type="file"]', file);
    await options.waitFor(() => /^Imported 100\d new/.test(document.querySelector('main.options [role="status"]')?.textContent ?? ''), 60_000);
    await options.close();
    const kept = (await profiles.library({ op: 'status' })).status.articles;
    expect(kept).toBeGreaterThanOrEqual(SYNTHETIC_ARTICLES + 3);

    // The trace is browser-wide; it is started from a page of its own.
    const tracer = await session.openTab(profiles.server().url('/pages/blank.html?trace'));
    /**
     * Stops the extension's service worker (as Chromium does after 30 s idle) and resolves once
     * it has stopped, with a promise of its next start. (Playwright's worker handle stays valid:
     * its calls reach the worker again once it runs, and wait while it is stopped.)
     */
    async function stopServiceWorker(): Promise<{ restarted: Promise<void> }> {
      const cdp = await session.context.newCDPSession(tracer.page);
      type Versions = { versions: Array<{ scriptURL: string; runningStatus: string }> };
      const status = (wanted: string) =>
        new Promise<void>((resolve) => {
          const listener = ({ versions }: Versions): void => {
            if (!versions.some((v) => v.scriptURL.startsWith(`${session.extensionOrigin}/`) && v.runningStatus === wanted)) return;
            cdp.off('ServiceWorker.workerVersionUpdated', listener);
            resolve();
          };
          cdp.on('ServiceWorker.workerVersionUpdated', listener);
        });
      const stopped = status('stopped');
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      return { restarted: status('running').finally(() => cdp.detach()) };
    }
    async function readWithReport(page: string, url: string, { wake = false } = {}): Promise<{ view: ReportView; tasks: ReadingTask[] }> {
      let view: ReportView | undefined;
      let navigated = 0;
      let answerMs = 0;
      const events = await traceWhile(session.context, tracer.page, async () => {
        let tab: ChromiumTab;
        if (wake) {
          // The tab is opened (by the service worker) on a blank page first, and the worker
          // stopped once that page's reading is over; the article's reading then wakes it.
          tab = await session.openTab(profiles.server().url('/pages/blank.html?wake'));
          await session.reportFor(tab.tabId);
          const { restarted } = await stopServiceWorker();
          navigated = performance.now();
          await tab.page.goto(url, { waitUntil: 'load' });
          await restarted;
        } else {
          navigated = performance.now();
          tab = await session.openTab(url);
        }
        finishedAnalysis(await session.reportFor(tab.tabId));
        answerMs = Math.round(performance.now() - navigated);
        const report = await session.openReport(tab.tabId);
        view = await report.evaluate(readReportDom);
        await report.close();
        await tab.close();
      });
      const tasks = threadTasks(events, 'ServiceWorker thread');
      const workMs = Math.round(tasks.reduce((sum, t) => sum + t.cpuMs, 0));
      measured.push({ page, articles: kept, answerMs, count: tasks.length, workMs, longest: tasks.slice(0, 5) });
      if (!view) throw new Error(`no report for ${page}`);
      return { view, tasks };
    }
    const longTasks = (tasks: readonly ReadingTask[]) => tasks.filter((t) => t.cpuMs >= LONG_TASK_MS);
    const longest = (tasks: readonly ReadingTask[]) => `longest tasks (ms of work / wall): ${tasks.slice(0, 5).map((t) => `${t.cpuMs}/${t.wallMs}`).join(', ')}`;

    // The first page after the import compares with the library as it now is: the reading order
    // read again, and every candidate read, its features and facts computed, for the first time
    // (cold), as after a wake. The comparison runs as short tasks (docs/library.md).
    const first = await readWithReport(`first page after the import of ${kept} articles: a summit article (corpus 001 in a site template)`, profiles.server().url('/fixtures/corpus-001-tribune/page.html'));
    expect(first.tasks.length, 'the trace holds the service worker').toBeGreaterThan(0);
    // A summit page: the library holds the corpus texts and two synthetic rewrites of each.
    expect(first.view.stories.length).toBeGreaterThan(5);
    const original = await readWithReport('then the first Harwick page: the original', profiles.server().url('/library/original.html'));
    expect(original.view.stories.map((s) => s.outlet)).toEqual(['Valley Post', 'Northern Ledger']);
    const meridian = await readWithReport('then another summit article (Meridian Daily)', profiles.server().url('/fixtures/new-summit-meridian/page.html'));
    expect(meridian.view.stories.length).toBeGreaterThan(5);
    const rewrite = await readWithReport('then another Harwick page: the Ledger rewrite', profiles.server().url('/library/rewrite.html'));
    expect(rewrite.view.stories.map((s) => s.outlet)).toContain('Valley Post');
    // A real wake: the service worker stopped, then started again by the next page's reading
    // (its script run again, the corpus index parsed, the database opened, every candidate cold).
    const woken = await readWithReport('after a service-worker restart: a summit article not read before (a wire report)', profiles.server().url('/fixtures/new-summit-wire-report/page.html'), { wake: true });
    expect(woken.view.stories.length).toBeGreaterThan(5);
    for (const { tasks } of [first, original, meridian, rewrite, woken]) expect(longTasks(tasks), longest(tasks)).toEqual([]);
    await tracer.close();
  });
});
