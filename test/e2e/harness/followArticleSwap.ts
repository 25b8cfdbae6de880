// One scenario, run in both browsers: a single-page news site swaps its article and pushes a new
// address without reloading (test/e2e/pages/single-page-news.html); the analysis, the badge and
// the report must follow.
import { expect } from 'vitest';
import type { BrowserSession } from './browserSession';
import { finishedAnalysis } from './finishedAnalysis';
import type { ReportView } from './readReport';

/** Opens the single-page site at `url`, moves to its next story, and checks that everything followed. */
export async function followArticleSwap(session: BrowserSession, url: string, readReport: (tabId: number) => Promise<ReportView>): Promise<void> {
  const page = await session.openTab(url);
  const { tabId } = page;
  const first = finishedAnalysis(await session.reportFor(tabId));
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
  const second = finishedAnalysis(await session.reportFor(tabId));
  expect(second.story).toEqual([]);
  expect(second.quotes.map((q) => q.text)).toEqual(['This is a fast-moving system and people should plan ahead,']);
  await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('');

  const view = await readReport(tabId);
  expect(view.state).toBe('no-match');
  expect(view.pageTitle).toBe('Storm warning for the west coast as gales approach');
  await page.close();
}
