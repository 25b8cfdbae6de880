// The end-to-end scenarios, written once and run in each browser (chromium.test.ts,
// firefox.test.ts) through the driver-neutral session (browserSession.ts): a reader opens pages
// served from 127.0.0.1 with the built extension installed, and reads the report. Every test
// also checks that nothing left the machine and that no page opened a dialog.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Analysis } from '../../../utils/types';
import type { BrowserSession, BrowserTab } from './browserSession';
import type { ReportState } from './extensionApi';
import { finishedAnalysis } from './finishedAnalysis';
import { fixturePages } from './fixturePages';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import { followArticleSwap } from './followArticleSwap';
import { analyseFixtureInNode, comparable } from './nodeAnalysis';
import { takeMutations } from './pageMutations';
import { resultsDir } from './paths';
import { expectNothingLeft } from './privacy';
import { readReportDom, type ReportQuoteView, type ReportView } from './readReport';

/** A browser started for one test file, with the fixture server it talks to. */
export interface BrowserUnderTest<S extends BrowserSession> {
  session: () => S;
  server: () => FixtureServer;
  /** Why the browser could not start, or null. */
  launchError: () => unknown;
}

/**
 * Starts the fixture server and the browser for the file, fails every test with the launch
 * error when the browser cannot start (never a skip: a green run means the extension ran), and
 * after each test checks the privacy and dialog rules.
 */
export function useBrowser<S extends BrowserSession>(launch: (server: FixtureServer) => Promise<S>): BrowserUnderTest<S> {
  let server: FixtureServer | undefined;
  let session: S | undefined;
  let launchError: unknown = null;
  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startFixtureServer();
    try {
      session = await launch(server);
    } catch (error) {
      launchError = error;
    }
  });
  beforeEach(() => {
    if (launchError) throw launchError;
  });
  afterEach(() => {
    if (launchError || !session || !server) return;
    expectNothingLeft(server, session.strayRequests);
    expect(session.dialogs.splice(0), 'dialogs opened by any page').toEqual([]);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what}: ${String(launchError ?? 'not started yet')}`);
    return value;
  };
  return { session: () => must(session, 'browser'), server: () => must(server, 'fixture server'), launchError: () => launchError };
}

function quoteShown(view: ReportView, words: string): ReportQuoteView {
  const quote = view.quotes.find((q) => q.text.includes(words));
  if (!quote) throw new Error(`the report shows no quote with "${words}"; it shows: ${view.quotes.map((q) => q.text).join(' | ')}`);
  return quote;
}

export interface ScenarioHooks {
  /** Called in the fixture sweep once a page's report is in, before its tab closes (per-browser measurements). */
  afterReading?: (tab: BrowserTab, name: string, report: ReportState) => Promise<void>;
}

/** Declares every scenario for the browser in `browser`. */
export function describeScenarios<S extends BrowserSession>(browser: BrowserUnderTest<S>, hooks: ScenarioHooks = {}): void {
  const { session, server } = browser;
  const fixtureUrl = (name: string): string => server().url(`/fixtures/${name}/page.html`);
  const shot = (name: string): string => path.join(resultsDir, `${session().name}-${name}.png`);

  async function openFixture(name: string): Promise<{ tab: BrowserTab; report: ReportState }> {
    const tab = await session().openTab(fixtureUrl(name));
    return { tab, report: await session().reportFor(tab.tabId) };
  }

  async function openReport(tabId: number, name: string): Promise<{ reportTab: BrowserTab; view: ReportView }> {
    const reportTab = await session().openReport(tabId);
    const view = await reportTab.evaluate(readReportDom);
    await reportTab.screenshot(shot(name));
    return { reportTab, view };
  }

  /** An article's tab (resized first when asked), its finished analysis, and its report. */
  async function openArticle(name: string, viewport?: { width: number; height: number }) {
    const { tab: article, report } = await openFixture(name);
    const analysis = finishedAnalysis(report);
    if (viewport) await article.setViewport(viewport);
    const { reportTab, view } = await openReport(article.tabId, name);
    return { article, analysis, reportTab, view };
  }

  describe('the privacy monitor', () => {
    test('catches a page request to another host (control case, so a clean run means something)', async () => {
      const tab = await session().openTab(server().url('/pages/tracking-pixel.html'));
      const call = 'http://analytics.tracker.example/collect?page=cycle-lanes';
      await expect.poll(() => server().foreignRequests.slice(), { timeout: 15_000 }).toContain(call);
      await expect.poll(() => session().strayRequests.slice(), { timeout: 15_000 }).toContainEqual(expect.stringContaining(call));
      await tab.close();
      // Cleared here because this request was the point of the test; afterEach checks the rest.
      server().foreignRequests.splice(0);
      session().strayRequests.splice(0);
    });
  });

  describe('the dialog monitor', () => {
    test('sees a page alert (control case, so "no dialog" means something)', async () => {
      const tab = await session().openTab(server().url('/pages/alert-control.html'));
      await expect.poll(() => session().dialogs.slice(), { timeout: 15_000 }).toEqual(['alert: control dialog']);
      await tab.close();
      // Cleared here because this dialog was the point of the test; afterEach checks the rest.
      session().dialogs.splice(0);
    });
  });

  describe('a corpus article inside a site template (corpus 001 as Tribune Online publishes it)', () => {
    const name = 'corpus-001-tribune';
    let article: BrowserTab;
    let analysis: Analysis;
    let reportTab: BrowserTab;
    let view: ReportView;

    beforeAll(async () => {
      // A short window, so the quotes further down start below the fold.
      if (!browser.launchError()) ({ article, analysis, reportTab, view } = await openArticle(name, { width: 900, height: 420 }));
    });

    afterAll(async () => {
      await reportTab?.close();
      await article?.close();
    });

    test('the content script reads it as the article it is, with the same result as the pipeline in Node', () => {
      expect(analysis.isArticle).toBe(true);
      expect(analysis.article?.siteName).toBe('Tribune Online');
      expect(analysis.story.find((s) => s.docId === '001')?.relation).toBe('same');
      expect(comparable(analysis)).toEqual(comparable(analyseFixtureInNode(name, fixtureUrl(name))));
    });

    test('the badge counts the other outlets that carried the story', async () => {
      const others = analysis.story.filter((s) => s.relation !== 'same');
      expect(others.length).toBeGreaterThan(0);
      expect(await session().badgeText(article.tabId)).toBe(String(others.length));
      expect(view.stories).toHaveLength(others.length);
    });

    test('the report names the outlets, with Sky News among them and whom each credits', () => {
      expect(view.state).toBe('ready');
      expect(view.headings).toEqual(['Same story elsewhere', 'Quotes', 'Details that differ']);
      expect(view.pageOutlet).toContain('Tribune Online');
      const outlets = view.stories.map((s) => s.outlet);
      expect(outlets).toContain('Sky News');
      expect(outlets.some((o) => o.startsWith('Tribune Online'))).toBe(false);
      // Corpus 004 credits the BBC and the Express (its last lines say so).
      const crediting = view.stories.find((s) => s.text.includes('credits BBC and Express'));
      expect(crediting, view.stories.map((s) => s.text).join('\n')).toBeDefined();
    });

    test('the report shows quotes with their speakers, read from the text', () => {
      // "…dismissed such discussions as “completely premature.”" — German Chancellor Olaf Scholz.
      expect(quoteShown(view, 'completely premature').speaker).toContain('Olaf Scholz');
      // "…he “will continue these discussions…”" — French President Emmanuel Macron.
      expect(quoteShown(view, 'We will work on this together').speaker).toContain('Emmanuel Macron');
      // "…Pete Hegseth stated that it was “unrealistic”…"
      expect(quoteShown(view, 'unrealistic').speaker).toContain('Pete Hegseth');
      expect(view.quotes.length).toBe(analysis.quotes.length);
    });

    test('the report shows where another outlet worded a quote differently, word by word', () => {
      // Tribune: "a US security guarantee was the only way to effectively deter Russia";
      // 003 and 004: "…a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again".
      const quote = quoteShown(view, 'a US security guarantee was the only way');
      expect(quote.carriers.length).toBeGreaterThan(0);
      expect(quote.removed.join(' ')).toMatch(/\bwas\b/);
      expect(quote.added.join(' ')).toMatch(/\bis\b/);
    });

    test('the report lists the details that differ: who attended, and who is credited', () => {
      // Tribune's "Sir Keir was joined by…" omits Poland and Denmark, which Sky News names.
      const attendees = view.differences.find((d) => d.startsWith('Who attended the Paris meeting'));
      expect(attendees, view.differences.join('\n')).toBeDefined();
      expect(attendees).toContain('Poland');
      expect(attendees).toContain('Denmark');
      expect(view.differences.some((d) => d.startsWith('Who is credited') && d.includes('BBC'))).toBe(true);
      expect(view.differences.length).toBe(analysis.differences.length);
    });

    test('clicking a quote scrolls the page to it and highlights it; Enter on another moves the highlight', async () => {
      expect(await article.evaluate(() => window.scrollY)).toBe(0);
      expect(await article.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);

      await reportTab.click('button.quote-text', 'We will work on this together');
      await article.waitFor(() => {
        const mark = document.querySelector('mark');
        if (!mark) return false;
        const box = mark.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      });
      expect(await article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const marked = await article.evaluate(() => Array.from(document.querySelectorAll('mark'), (m) => m.textContent).join(''));
      expect(marked).toContain('We will work on this together with all Europeans');
      await expect.poll(() => reportTab.evaluate(readReportDom).then((v) => v.text), { timeout: 15_000 }).toContain('Highlighted on the page.');

      // Keyboard: focus the Hegseth quote and press Enter; the old highlight goes, the new one is in view.
      await reportTab.pressEnter('button.quote-text', 'unrealistic');
      await article.waitFor(() => {
        const marks = Array.from(document.querySelectorAll('mark'));
        const box = marks[0]?.getBoundingClientRect();
        return marks.map((m) => m.textContent).join('') === 'unrealistic' && box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(await article.evaluate(() => Array.from(document.querySelectorAll('mark'), (m) => m.textContent))).toEqual(['unrealistic']);
      // Control for the "page left unchanged" checks: the observer does see the highlights.
      expect(await article.evaluate(takeMutations)).toContainEqual(expect.stringContaining('childList'));
    });

    test('choosing an outlet opens its text in the reader view', async () => {
      const reader = await session().tabOpenedBy(`${session().extensionOrigin}/reader.html?doc=002`, () =>
        // The story row's button named exactly "Sky News" (another row republishes Sky News).
        reportTab.evaluate(() => {
          const button = Array.from(document.querySelectorAll<HTMLButtonElement>('button.link')).find((b) => b.textContent?.trim() === 'Sky News');
          if (!button) throw new Error('no "Sky News" story row');
          button.click();
        }),
      );
      await reader.waitFor(() => document.querySelector('main.reader[data-state="ready"]') !== null);
      // The first line of corpus 002, the Sky News report.
      expect(await reader.evaluate(() => document.querySelector('main.reader')?.textContent ?? '')).toContain('A “US security guarantee” is the only path to peace in Ukraine');
      await reader.screenshot(shot('reader-002'));
      await reader.close();
    });
  });

  describe('a new summit article that is not in the corpus (Meridian Daily)', () => {
    const name = 'new-summit-meridian';
    let meridian: Awaited<ReturnType<typeof openArticle>> | undefined;
    const opened = () => {
      if (!meridian) throw new Error(`${name} was not opened`);
      return meridian;
    };
    beforeAll(async () => {
      if (!browser.launchError()) meridian = await openArticle(name);
    });
    afterAll(async () => {
      await meridian?.reportTab.close();
      await meridian?.article.close();
    });

    test('the content script reads it, finds the story in the corpus but no copy of itself, as Node does', () => {
      expect(opened().analysis.isArticle).toBe(true);
      expect(opened().analysis.story.length).toBeGreaterThan(0);
      expect(opened().analysis.story.some((s) => s.relation === 'same')).toBe(false);
      expect(comparable(opened().analysis)).toEqual(comparable(analyseFixtureInNode(name, fixtureUrl(name))));
    });

    test('the badge and the report count the same outlets', async () => {
      expect(await session().badgeText(opened().article.tabId)).toBe(String(opened().analysis.story.length));
      expect(opened().view.state).toBe('ready');
      expect(opened().view.stories).toHaveLength(opened().analysis.story.length);
      expect(opened().view.stories.map((s) => s.outlet)).toContain('Sky News');
      expect(opened().view.pageOutlet).toContain('Meridian Daily');
    });

    test('the report shows its quotes with speakers, Sky News carrying the same words, and the details that differ', () => {
      // "José Manuel Albares told Spanish radio: “Nobody is currently considering sending troops to Ukraine.”"
      expect(quoteShown(opened().view, 'Nobody is currently considering sending troops').speaker).toContain('Albares');
      // "Starmer also said that “democracy must prevail”." — Sky News (corpus 002) has the same words.
      const democracy = quoteShown(opened().view, 'democracy must prevail');
      expect(democracy.speaker).toContain('Starmer');
      // Outlets with the same words share one line ("…, Sky News same words").
      expect(democracy.carriers.some((c) => c.includes('Sky News') && c.includes('same words'))).toBe(true);
      expect(opened().view.differences.length).toBe(opened().analysis.differences.length);
      expect(opened().view.differences.some((d) => d.startsWith('Who attended the Paris meeting'))).toBe(true);
    });
  });

  describe('a single-page news site that changes article without reloading', () => {
    test('after "Next story" swaps the article and pushes a new address, the analysis, badge and report follow', () =>
      followArticleSwap(session(), server().url('/pages/single-page-news.html'), async (tabId) => {
        const { reportTab, view } = await openReport(tabId, 'single-page-news-second');
        await reportTab.close();
        return view;
      }));
  });

  describe('the report states for pages that are not a matched article', () => {
    test.each([
      { name: 'news-homepage', state: 'not-article', says: 'This page is not a news article' },
      { name: 'new-unrelated-storm', state: 'no-match', says: 'No other coverage known' },
      { name: 'not-html', state: 'unsupported', says: 'not a web page' },
    ])('$name: the report says "$says", no badge', async ({ name, state, says }) => {
      const opened = await openFixture(name);
      const { reportTab, view } = await openReport(opened.tab.tabId, name);
      expect(view.state).toBe(state);
      expect(view.stateMessage).toContain(says);
      expect(view.headings).not.toContain('Same story elsewhere');
      expect(await session().badgeText(opened.tab.tabId)).toBe('');
      await reportTab.close();
      await opened.tab.close();
    });
  });

  describe('a hostile page cannot reach the extension (markup in quotes, title and byline)', () => {
    test('no dialog opens, the report shows the markup as text, and highlighting it adds no element', async () => {
      const name = 'hostile-markup';
      const opened = await openFixture(name);
      expect(finishedAnalysis(opened.report).isArticle).toBe(true);
      const { reportTab, view } = await openReport(opened.tab.tabId, name);

      expect(view.text).toContain('<img src=x onerror=alert(1)>');
      expect(view.text).toContain('</script><script>alert(2)</script>');
      expect(view.text).toContain('<svg onload=alert(3)>');
      expect(view.pageTitle).toContain('</script><script>alert(2)</script>');
      expect(view.pageOutlet).toContain('The Marsh Gazette <img src=x onerror=alert(1)>');
      const imgQuote = quoteShown(view, '<img src=x onerror=alert(1)>');
      expect(await reportTab.evaluate(() => document.querySelectorAll('img, svg[onload], script:not([src])').length)).toBe(0);

      const countElements = (): number => document.querySelectorAll('img, script, svg').length;
      const before = await opened.tab.evaluate(countElements);
      await reportTab.click('button.quote-text', imgQuote.text.slice(0, 30));
      await opened.tab.waitFor(() => document.querySelector('mark') !== null);
      expect(await opened.tab.evaluate(countElements)).toBe(before);
      expect(await opened.tab.evaluate(() => Array.from(document.querySelectorAll('mark'), (m) => m.textContent).join(''))).toContain('<img src=x onerror=alert(1)>');

      expect(session().dialogs).toEqual([]);
      await reportTab.close();
      await opened.tab.close();
    });
  });

  describe('every fixture page in the real browser', () => {
    test.each(fixturePages())('$name: article = $isArticle, as its expected.json says, and as Node finds; the page is left unchanged', async ({ name, isArticle }) => {
      const opened = await openFixture(name);
      const reportTab = await session().openReport(opened.tab.tabId);
      const state = (await reportTab.evaluate(readReportDom)).state;
      await reportTab.close();
      if (isArticle) expect(['ready', 'no-match']).toContain(state);
      else expect(['not-article', 'unsupported']).toContain(state);
      // The stages are DOM-agnostic: on an article, the browser must find what jsdom finds.
      if (opened.report.state === 'done' && opened.report.analysis.isArticle) {
        expect(comparable(opened.report.analysis)).toEqual(comparable(analyseFixtureInNode(name, fixtureUrl(name))));
      }
      // Reading is passive: until the reader asks for a highlight, the page is not touched.
      // (A page that is not HTML has no observer: nothing to check there.)
      const mutations = await opened.tab.evaluate(takeMutations);
      if (opened.report.state !== 'unsupported') expect(mutations).toEqual([]);
      await hooks.afterReading?.(opened.tab, name, opened.report);
      await opened.tab.close();
    });
  });
}
