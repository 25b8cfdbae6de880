// One scenario, run in both browsers: a single-page news site swaps its article and pushes a new
// address without reloading (test/e2e/pages/single-page-news.html); the analysis, the badge and
// the report must follow. The browsers' drivers differ, so each file passes its session and a
// way to read the report; the steps and what they assert live here once.
import { expect } from 'vitest';
import type { Analysis } from '../../../utils/types';
import type { ReportState } from './extensionApi';
import type { ReportView } from './readReport';

/** What the scenario needs of a browser session (both launchers' sessions have it). */
export interface SwapSession {
  openTab(url: string): Promise<{ page: { click(selector: string): Promise<unknown>; close(): Promise<unknown> }; tabId: number }>;
  reportFor(tabId: number): Promise<ReportState>;
  badgeText(tabId: number): Promise<string>;
}

function done(report: ReportState): Analysis {
  if (report.state !== 'done') throw new Error(`expected a finished analysis, got ${JSON.stringify(report).slice(0, 300)}`);
  return report.analysis;
}

/** Opens the single-page site at `url`, moves to its next story, and checks that everything followed. */
export async function followArticleSwap(session: SwapSession, url: string, readReport: (tabId: number) => Promise<ReportView>): Promise<void> {
  const { page, tabId } = await session.openTab(url);
  const first = done(await session.reportFor(tabId));
  expect(first.article?.title).toBe('Starmer: only a US backstop will deter Russia');
  // Its Starmer quote is Sky News's wording: the story is in the corpus.
  expect(first.story.length).toBeGreaterThan(0);
  expect(await session.badgeText(tabId)).toBe(String(first.story.length));

  await page.click('#next-story');
  await expect
    .poll(async () => {
      const report = await session.reportFor(tabId);
      return report.state === 'done' ? report.analysis.article?.title : report.state;
    }, { timeout: 20_000 })
    .toBe('Storm warning for the west coast as gales approach');
  const second = done(await session.reportFor(tabId));
  expect(second.story).toEqual([]);
  expect(second.quotes.map((q) => q.text)).toEqual(['This is a fast-moving system and people should plan ahead,']);
  await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('');

  const view = await readReport(tabId);
  expect(view.state).toBe('no-match');
  expect(view.pageTitle).toBe('Storm warning for the west coast as gales approach');
  await page.close();
}
