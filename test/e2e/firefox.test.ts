// Crossquote in Firefox: the Firefox build (.output/firefox-mv2) installed as a temporary add-on
// in Debian's firefox-esr, headless, driven over WebDriver BiDi. One browser for the file; every
// test also checks that nothing left the machine and that no page opened a dialog.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Analysis } from '../../utils/types';
import type { ReportState } from './harness/extensionApi';
import { startFixtureServer, type FixtureServer } from './harness/fixtureServer';
import { launchFirefox, waitForPageAt, type FirefoxSession } from './harness/launchFirefox';
import { analyseFixtureInNode, comparable } from './harness/nodeAnalysis';
import { fixturePages } from './harness/fixturePages';
import { resultsDir } from './harness/paths';
import { expectNothingLeft } from './harness/privacy';
import { followArticleSwap } from './harness/followArticleSwap';
import { readReportDom, type ReportQuoteView, type ReportView } from './harness/readReport';

let server: FixtureServer;
let session: FirefoxSession;

const fixtureUrl = (name: string): string => server.url(`/fixtures/${name}/page.html`);

function done(report: ReportState): Analysis {
  if (report.state !== 'done') throw new Error(`expected a finished analysis, got ${JSON.stringify(report).slice(0, 300)}`);
  return report.analysis;
}

async function openFixture(name: string): Promise<{ page: Page; tabId: number; report: ReportState }> {
  const { page, tabId } = await session.openTab(fixtureUrl(name));
  const report = await session.reportFor(tabId);
  return { page, tabId, report };
}

async function openReport(tabId: number, name: string): Promise<{ page: Page; view: ReportView }> {
  const page = await session.openReport(tabId);
  const view = await page.evaluate(readReportDom);
  await page.screenshot({ path: path.join(resultsDir, `firefox-${name}.png`), fullPage: true });
  return { page, view };
}

function quoteShown(view: ReportView, words: string): ReportQuoteView {
  const quote = view.quotes.find((q) => q.text.includes(words));
  if (!quote) throw new Error(`the report shows no quote with "${words}"; it shows: ${view.quotes.map((q) => q.text).join(' | ')}`);
  return quote;
}

/** Why the browser could not start (not installed, no build): every test fails with it. */
let launchError: unknown = null;

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  server = await startFixtureServer();
  try {
    session = await launchFirefox(server);
  } catch (error) {
    launchError = error;
  }
});

// A missing browser fails each test with the message that says how to install it: never a skip.
beforeEach(() => {
  if (launchError) throw launchError;
});

afterEach(() => {
  if (launchError) return;
  expectNothingLeft(server, session.strayRequests);
  expect(session.dialogs.splice(0), 'dialogs opened by any page').toEqual([]);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the privacy monitor in Firefox', () => {
  test('catches a page request to another host (control case, so a clean run means something)', async () => {
    const { page } = await session.openTab(server.url('/pages/tracking-pixel.html'));
    const call = 'http://analytics.tracker.example/collect?page=cycle-lanes';
    await expect.poll(() => server.foreignRequests.slice(), { timeout: 15_000 }).toContain(call);
    await expect.poll(() => session.strayRequests.slice(), { timeout: 15_000 }).toContain(call);
    await page.close();
    // Cleared here because this request was the point of the test; afterEach checks the rest.
    server.foreignRequests.splice(0);
    session.strayRequests.splice(0);
  });
});

describe('the dialog monitor', () => {
  test('sees a page alert (control case, so "no dialog" means something)', async () => {
    const { page } = await session.openTab(server.url('/pages/alert-control.html'));
    await expect.poll(() => session.dialogs.slice(), { timeout: 15_000 }).toEqual(['alert: control dialog']);
    await page.close();
    // Cleared here because this dialog was the point of the test; afterEach checks the rest.
    session.dialogs.splice(0);
  });
});

describe('a summit article in Firefox (Meridian Daily, not in the corpus)', () => {
  const name = 'new-summit-meridian';
  let articlePage: Page;
  let tabId: number;
  let analysis: Analysis;
  let reportPage: Page;
  let view: ReportView;

  beforeAll(async () => {
    if (launchError) return;
    const opened = await openFixture(name);
    articlePage = opened.page;
    tabId = opened.tabId;
    analysis = done(opened.report);
    await articlePage.setViewport({ width: 900, height: 420 });
    ({ page: reportPage, view } = await openReport(tabId, name));
  });

  afterAll(async () => {
    await reportPage?.close();
    await articlePage?.close();
  });

  test('the content script reads it with the same result as the pipeline in Node', () => {
    expect(analysis.isArticle).toBe(true);
    expect(analysis.story.length).toBeGreaterThan(0);
    expect(comparable(analysis)).toEqual(comparable(analyseFixtureInNode(name, fixtureUrl(name))));
  });

  test('the badge and the report count the same outlets', async () => {
    expect(await session.badgeText(tabId)).toBe(String(analysis.story.length));
    expect(view.state).toBe('ready');
    expect(view.headings).toEqual(['Same story elsewhere', 'Quotes', 'Details that differ']);
    expect(view.stories).toHaveLength(analysis.story.length);
    expect(view.stories.map((s) => s.outlet)).toContain('Sky News');
    expect(view.pageOutlet).toContain('Meridian Daily');
  });

  test('the report shows quotes with speakers and the details that differ', () => {
    expect(quoteShown(view, 'Nobody is currently considering sending troops').speaker).toContain('Albares');
    const democracy = quoteShown(view, 'democracy must prevail');
    expect(democracy.speaker).toContain('Starmer');
    expect(democracy.carriers.some((c) => c.startsWith('Sky News') && c.includes('same words'))).toBe(true);
    expect(view.differences.length).toBe(analysis.differences.length);
    expect(view.differences.some((d) => d.startsWith('Who attended the Paris meeting'))).toBe(true);
  });

  test('clicking a quote scrolls the page to it and highlights it', async () => {
    expect(await articlePage.evaluate(() => window.scrollY)).toBe(0);
    const button = await reportPage.waitForSelector('::-p-text(a considerable cost)');
    await button?.click();
    await articlePage.waitForFunction(() => {
      const mark = document.querySelector('mark');
      if (!mark) return false;
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });
    expect(await articlePage.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await articlePage.evaluate(() => Array.from(document.querySelectorAll('mark'), (m) => m.textContent).join(''))).toBe('a considerable cost');

    // Keyboard: focus Hegseth's quote and press Enter; the old highlight goes, the new one is in view.
    // Keys go to the focused tab: the report's tab must be in front (a click needs no focus).
    await reportPage.bringToFront();
    const hegseth = await reportPage.waitForSelector('button.quote-text::-p-text(unrealistic)');
    await hegseth?.focus();
    await reportPage.keyboard.press('Enter');
    await articlePage.waitForFunction(() => {
      const marks = Array.from(document.querySelectorAll('mark'));
      const box = marks[0]?.getBoundingClientRect();
      return marks.map((m) => m.textContent).join('') === 'unrealistic' && box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(await articlePage.evaluate(() => Array.from(document.querySelectorAll('mark'), (m) => m.textContent))).toEqual(['unrealistic']);
  });

  test('choosing an outlet opens its text in the reader view', async () => {
    const readerUrl = `${session.extensionOrigin}/reader.html?doc=002`;
    // Extension pages are listed as "about:blank": wait for the new tab, then for its address.
    const before = new Set(session.browser.targets());
    const [target] = await Promise.all([
      session.browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 20_000 }),
      // The story row's button named exactly "Sky News" (another row republishes Sky News).
      reportPage.evaluate(() => {
        const button = Array.from(document.querySelectorAll<HTMLButtonElement>('button.link')).find((b) => b.textContent?.trim() === 'Sky News');
        if (!button) throw new Error('no "Sky News" story row');
        button.click();
      }),
    ]);
    const reader = await target.page();
    if (!reader) throw new Error(`no page for ${readerUrl}`);
    await waitForPageAt(reader, readerUrl);
    await reader.waitForSelector('main.reader[data-state="ready"]', { timeout: 20_000 });
    // The first line of corpus 002, the Sky News report.
    expect(await reader.evaluate(() => document.querySelector('main.reader')?.textContent ?? '')).toContain('A “US security guarantee” is the only path to peace in Ukraine');
    await reader.screenshot({ path: path.join(resultsDir, 'firefox-reader-002.png'), fullPage: true });
    await reader.close();
  });
});

describe('a single-page news site in Firefox', () => {
  test('after "Next story" swaps the article and pushes a new address, the analysis, badge and report follow', () =>
    followArticleSwap(session, server.url('/pages/single-page-news.html'), async (tabId) => {
      const { page, view } = await openReport(tabId, 'single-page-news-second');
      await page.close();
      return view;
    }));
});

describe('pages that are not a matched article, in Firefox', () => {
  test.each([
    { name: 'news-homepage', state: 'not-article', says: 'This page is not a news article' },
    { name: 'not-html', state: 'unsupported', says: 'not a web page' },
  ])('$name: the report says "$says", no badge', async ({ name, state, says }) => {
    const opened = await openFixture(name);
    const { page, view } = await openReport(opened.tabId, name);
    expect(view.state).toBe(state);
    expect(view.stateMessage).toContain(says);
    expect(view.headings).not.toContain('Quotes');
    expect(await session.badgeText(opened.tabId)).toBe('');
    await page.close();
    await opened.page.close();
  });
});

describe('a hostile page cannot reach the extension, in Firefox', () => {
  test('no dialog opens and the report shows the markup as text', async () => {
    const name = 'hostile-markup';
    const opened = await openFixture(name);
    expect(done(opened.report).isArticle).toBe(true);
    const { page, view } = await openReport(opened.tabId, name);
    expect(view.text).toContain('<img src=x onerror=alert(1)>');
    expect(view.text).toContain('</script><script>alert(2)</script>');
    expect(view.text).toContain('<svg onload=alert(3)>');
    expect(view.pageTitle).toContain('</script><script>alert(2)</script>');
    expect(view.pageOutlet).toContain('The Marsh Gazette <img src=x onerror=alert(1)>');
    quoteShown(view, '<img src=x onerror=alert(1)>');
    expect(await page.evaluate(() => document.querySelectorAll('img, svg[onload], script:not([src])').length)).toBe(0);
    expect(session.dialogs).toEqual([]);
    await page.close();
    await opened.page.close();
  });
});

describe('every fixture page in Firefox', () => {
  test.each(fixturePages())('$name: article = $isArticle, as its expected.json says, and as Node finds', async ({ name, isArticle }) => {
    const opened = await openFixture(name);
    if (isArticle) {
      const analysis = done(opened.report);
      expect(analysis.isArticle).toBe(true);
      expect(comparable(analysis)).toEqual(comparable(analyseFixtureInNode(name, fixtureUrl(name))));
    } else if (opened.report.state === 'done') {
      expect(opened.report.analysis.isArticle).toBe(false);
    } else {
      expect(opened.report.state).toBe('unsupported');
    }
    await opened.page.close();
  });
});
