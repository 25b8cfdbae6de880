// The reader's library end to end, written once and run in each browser
// (chromium-library.test.ts, firefox-library.test.ts): a reader turns the library on, reads
// three invented pages about the Harwick bridge vote (test/library/pages: a syndicated copy, a
// rewrite, an unrelated article by the same paper) and opens the report of a fourth, the
// original; then restarts the browser, exports, clears, and imports the export into a fresh
// profile. The library lives in the browser profile, so these tests start their own browsers
// on profiles they keep, one launch per profile state (first start, restart, fresh profile).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Analysis } from '../../../utils/types';
import type { BrowserSession, BrowserTab, LaunchOptions } from './browserSession';
import type { LibraryOp, LibraryResponse } from './extensionApi';
import { finishedAnalysis } from './finishedAnalysis';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import { resultsDir } from './paths';
import { expectNothingLeft } from './privacy';
import { readReportDom, type ReportView } from './readReport';

/** The two profiles: the reader's own (started, then restarted), and a fresh one to import into. */
export type LibraryProfile = 'reader' | 'fresh';

export interface LibraryProfiles<S extends BrowserSession> {
  session(): S;
  server(): FixtureServer;
  /** The running browser, or undefined (a test run alone with -t). */
  running(): S | undefined;
  /** Closes the running browser, if any, and starts one on `profile`. */
  start(profile: LibraryProfile, options?: Omit<LaunchOptions, 'profileDir'>): Promise<S>;
  /** A scratch folder for files the reader picks (an export to import), removed at the end. */
  scratchDir(): string;
  /** The library's answer, asked from an extension page; fails on an error answer. */
  library(op: LibraryOp): Promise<Extract<LibraryResponse, { ok: true }>>;
}

/**
 * The fixture server and the library's browsers for one test file: each test may restart the
 * browser on a kept profile; after each test, nothing may have left the machine and no dialog
 * may be left unexplained; at the end the browser closes and the profiles are removed.
 */
export function useLibraryProfiles<S extends BrowserSession>(launch: (server: FixtureServer, options: LaunchOptions) => Promise<S>): LibraryProfiles<S> {
  let server: FixtureServer | undefined;
  let session: S | undefined;
  let root: string | undefined;
  beforeAll(async () => {
    // Screenshots and measurements go here; on a fresh clone this file may run first.
    await mkdir(resultsDir, { recursive: true });
    server = await startFixtureServer();
    root = await mkdtemp(path.join(tmpdir(), 'cq-library-e2e-'));
  });
  afterEach(() => {
    if (!session || !server) return;
    expectNothingLeft(server, session.strayRequests);
    expect(session.dialogs.splice(0), 'dialogs opened by any page').toEqual([]);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what} yet`);
    return value;
  };
  return {
    session: () => must(session, 'browser'),
    running: () => session,
    server: () => must(server, 'fixture server'),
    scratchDir: () => must(root, 'scratch folder'),
    async start(profile, options = {}) {
      const dir = path.join(must(root, 'scratch folder'), profile);
      if (session) {
        // What the closing browser sent is checked before it goes.
        expectNothingLeft(must(server, 'fixture server'), session.strayRequests);
        await session.close();
        session = undefined;
      }
      session = await launch(must(server, 'fixture server'), { ...options, profileDir: dir });
      return session;
    },
    async library(op) {
      const answer = await must(session, 'browser').library(op);
      if (!answer.ok) throw new Error(`library ${op.op}: ${answer.message}`);
      return answer;
    },
  };
}

/** Opens a page in a normal tab and returns its finished analysis (the tab stays open). */
async function readPage(session: BrowserSession, url: string): Promise<{ tab: BrowserTab; analysis: Analysis }> {
  const tab = await session.openTab(url);
  return { tab, analysis: finishedAnalysis(await session.reportFor(tab.tabId)) };
}

/** The report of a tab as the reader sees it, with a screenshot. */
async function reportOf(session: BrowserSession, tabId: number, shot: string): Promise<ReportView> {
  const report = await session.openReport(tabId);
  const view = await report.evaluate(readReportDom);
  await report.screenshot(path.join(resultsDir, `${session.name}-${shot}.png`));
  await report.close();
  return view;
}

/** What must be the same in two reports of the same page with the same library. */
const sameParts = (view: ReportView) => ({ state: view.state, stories: view.stories, quotes: view.quotes, differences: view.differences });

/** "in your library · read 3 Dec · valleypost.example": the date is whenever the test read it. */
const libraryLabel = (site: string): RegExp => new RegExp(`in your library · read \\d{1,2} [A-Z][a-z]{2}( \\d{4})? · ${site.replace(/\./g, '\\.')}`);

/** Declares the library scenarios; the browser of the last one (the fresh profile, with the import) stays open for the file's further tests. */
export function describeLibraryScenarios<S extends BrowserSession>(profiles: LibraryProfiles<S>): void {
  const session = (): S => profiles.session();
  const libraryPage = (name: string): string => profiles.server().url(`/library/${name}.html`);
  const articlesKept = async (): Promise<number> => (await profiles.library({ op: 'status' })).status.articles;
  /** The report of the original after the copy, the rewrite and the unrelated page were read. */
  let firstReport: ReportView | undefined;
  let exported = '';
  let original: BrowserTab | undefined;

  describe("the reader's library in the browser (the Harwick bridge pages)", () => {
    test("turned on from the popup's consent line, it keeps the articles read: a syndicated copy, a rewrite, an unrelated article", async () => {
      await profiles.start('reader', { allowPrivateWindows: true });
      expect((await profiles.library({ op: 'status' })).status.settings.enabled, 'off until the reader turns it on').toBe(false);
      const blank = await session().openTab(profiles.server().url('/pages/blank.html?library'));
      const popup = await session().openReport(blank.tabId);
      await popup.waitFor(() => document.querySelector('.library-consent button') !== null);
      expect(await popup.evaluate(() => document.querySelector('.library-consent')?.textContent ?? '')).toContain('Nothing leaves your computer; private windows are never kept.');
      await popup.click('.library-consent button', 'Keep my articles');
      await popup.waitFor(() => /Your library: 0 articles/.test(document.querySelector('.library-consent')?.textContent ?? ''));
      await popup.close();
      await blank.close();

      for (const name of ['syndicated', 'rewrite', 'unrelated']) {
        const { tab, analysis } = await readPage(session(), libraryPage(name));
        expect(analysis.isArticle, name).toBe(true);
        await tab.close();
      }
      // Kept after the answer, without holding it up: wait for the writes.
      await expect.poll(articlesKept, { timeout: 15_000 }).toBe(3);
      const listed = (await profiles.library({ op: 'list', search: '' })).articles ?? [];
      expect(listed.map((a) => a.outlet).sort()).toEqual(['Harwick Courier', 'Northern Ledger', 'Valley Post']);
    });

    test('a page read in a private window is not kept; the next page, read in a normal window, is', async () => {
      const meridian = profiles.server().url('/fixtures/new-summit-meridian/page.html');
      const privateTab = await session().openPrivateTab(meridian);
      // The content script ran there and the background compared the page: it could have kept it.
      const privately = finishedAnalysis(await session().reportFor(privateTab.tabId));
      expect(privately.isArticle).toBe(true);
      expect(privately.article?.siteName).toBe('Meridian Daily');
      await privateTab.close();

      // Control: the original, read in a normal window after it, is kept (writes are serialised,
      // so once it is in, the private page's write, had there been one, would be too).
      original = (await readPage(session(), libraryPage('original'))).tab;
      await expect.poll(articlesKept, { timeout: 15_000 }).toBe(4);
      const outlets = ((await profiles.library({ op: 'list', search: '' })).articles ?? []).map((a) => a.outlet);
      expect(outlets).toContain('Harwick Courier');
      expect(outlets).not.toContain('Meridian Daily');
    });

    test("the original's report shows the copy and the rewrite from the library, their quotes word by word, and not the unrelated article", async () => {
      if (!original) throw new Error('the original was not read');
      const view = await reportOf(session(), original.tabId, 'library-original');
      await original.close();
      firstReport = view;
      expect(view.state).toBe('ready');
      expect(view.stories.map((s) => s.outlet)).toEqual(['Valley Post', 'Northern Ledger']);
      const [copy, rewrite] = view.stories;
      expect(copy?.text).toContain('near-verbatim copy');
      expect(copy?.text).toMatch(libraryLabel('valleypost.example'));
      expect(rewrite?.text).toContain('rewrite in its own words');
      expect(rewrite?.text).toMatch(libraryLabel('northern-ledger.example'));
      // The unrelated article (the same paper's bread festival) is in the library but not here.
      expect(view.text).not.toMatch(/bread|festival/i);

      // "…who cross it every morning" (the Courier, the Valley Post) / "…each morning" (the Ledger).
      const okafor = view.quotes.find((q) => q.text.includes('Nobody on this council wanted to close the bridge'));
      expect(okafor?.speaker).toContain('Dana Okafor');
      expect(okafor?.removed).toContain('every');
      expect(okafor?.added).toContain('each');
      expect(okafor?.carriers.join(' | ')).toMatch(/Valley Post.*same words/);
      expect(okafor?.carriers.join(' | ')).toContain('Northern Ledger');
      // "…patching it again" / "…patching it once more".
      const raman = view.quotes.find((q) => q.text.includes('The corrosion is spreading faster'));
      expect(raman?.removed).toContain('again');
      expect(raman?.added).toContain('once more');
      // The repair bill: 14 million pounds here, 16 million in the Ledger.
      expect(view.differences.some((d) => d.includes('14 million') && d.includes('16 million')), view.differences.join('\n')).toBe(true);
    });

    test('after a restart on the same profile the library is still there, and the report is the same', async () => {
      await profiles.start('reader', { allowPrivateWindows: true });
      expect(await articlesKept()).toBe(4);
      const { tab } = await readPage(session(), libraryPage('original'));
      const view = await reportOf(session(), tab.tabId, 'library-after-restart');
      await tab.close();
      expect(sameParts(view)).toEqual(sameParts(firstReport!));
    });

    test('the options page exports the library as JSON Lines, one article a line', async () => {
      const options = await session().openExtensionPage('/options.html');
      await options.waitFor(() => /4 articles/.test(document.querySelector('main.options .size')?.textContent ?? ''));
      exported = await options.download(() => options.click('button', 'Export (JSON Lines)'));
      await options.close();
      const lines = exported.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; outlet: string; text: string });
      expect(lines.map((l) => l.kind)).toEqual(Array(4).fill('crossquote-library-article'));
      expect(lines.map((l) => l.outlet).sort()).toEqual(['Harwick Courier', 'Harwick Courier', 'Northern Ledger', 'Valley Post']);
    });

    test("clearing it on the options page removes every article: the original's report finds nothing", async () => {
      const options = await session().openExtensionPage('/options.html');
      await options.waitFor(() => document.querySelector('main.options h1') !== null);
      session().acceptDialog('Remove every article from your library?');
      await options.click('button', 'Clear the library');
      await options.waitFor(() => document.querySelector('main.options [role="status"]')?.textContent === 'Your library is empty.');
      expect(await options.evaluate(() => document.querySelector('main.options .size')?.textContent ?? '')).toMatch(/^0 articles/);
      await options.close();
      expect(session().dialogs.splice(0)).toEqual(['confirm: Remove every article from your library?']);
      expect(await articlesKept()).toBe(0);

      const { tab } = await readPage(session(), libraryPage('original'));
      const view = await reportOf(session(), tab.tabId, 'library-cleared');
      await tab.close();
      // Nothing in the bundled corpus is about Harwick: with the library gone, no other coverage.
      expect(view.state).toBe('no-match');
      expect(view.text).not.toContain('in your library');
    });

    test('the export, imported on the options page of a fresh profile, gives the same report', async () => {
      await profiles.start('fresh');
      expect(await articlesKept()).toBe(0);
      const file = path.join(profiles.scratchDir(), 'crossquote-library.jsonl');
      await writeFile(file, exported);
      const options = await session().openExtensionPage('/options.html');
      await options.waitFor(() => document.querySelector('main.options h1') !== null);
      await options.uploadFile('input[type="file"]', file);
      await options.waitFor(() => /^Imported 4 new and 0 updated articles/.test(document.querySelector('main.options [role="status"]')?.textContent ?? ''));
      await options.close();
      expect(await articlesKept()).toBe(4);

      const { tab } = await readPage(session(), libraryPage('original'));
      const view = await reportOf(session(), tab.tabId, 'library-imported');
      await tab.close();
      expect(sameParts(view)).toEqual(sameParts(firstReport!));
    });
  });
}
