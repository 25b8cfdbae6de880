// The content script over WXT's fake browser and a jsdom page: reads the page once it is idle,
// keeps the report for the popup, answers only this extension, highlights a quote and puts the
// page back exactly, and reads again after a single-page navigation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { JSDOM } from 'jsdom';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { readCorpus } from '../../scripts/readCorpus';
import { readPage } from '../../utils/analyze';
import { looksLikeArticleCandidate } from '../../utils/article/looksLikeArticleCandidate';
import { NOT_A_CANDIDATE } from '../../utils/report/createContentReporter';
import { createBackgroundHandler } from '../../utils/report/createBackgroundHandler';
import { startContentScript, type PageWindow } from '../../utils/report/startContentScript';
import type { ReportState } from '../../utils/messages';
import { newsPage, sectionFront, skyPage } from './pages';

const indexText = JSON.stringify(buildIndex(readCorpus()));
const SKY_URL = 'https://news.sky.example/story/starmer-us-backstop-13311234';

/** A jsdom page whose timers are Vitest's (fake) timers, so idle and polling can be stepped. */
function pageWindow(html: string, url = SKY_URL): { win: PageWindow; dom: JSDOM } {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  const w = dom.window;
  const win: PageWindow = {
    document: w.document,
    location: w.location,
    addEventListener: (type, listener) => w.addEventListener(type, listener),
    removeEventListener: (type, listener) => w.removeEventListener(type, listener),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  };
  return { win, dom };
}

/** Routes the content script's messages to the real background logic, as the browser would. */
function connectBackground() {
  const background = createBackgroundHandler({ extensionId: fakeBrowser.runtime.id, readIndexText: () => indexText, setBadge: () => {} });
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(async (message: unknown) => background.handleMessage(message, { id: fakeBrowser.runtime.id, tab: { id: 1 } }));
}

const popup = () => ({ id: fakeBrowser.runtime.id });
async function ask(message: unknown, sender: { id?: string } = popup()): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((a: unknown) => a !== undefined);
}
const report = async () => (await ask({ type: 'crossquote/get-report' })) as ReportState;

/** Lets idle callbacks, the compare round trip and polling run. */
const settle = async (ms = 100) => {
  await vi.advanceTimersByTimeAsync(ms);
};

let stop: (() => void) | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function start(win: PageWindow, read = readPage) {
  const started = startContentScript(fakeBrowser, win, { readPage: (doc) => read(doc), preCheck: looksLikeArticleCandidate });
  stop = started.stop;
  return started;
}

describe('content script', () => {
  it('is analysing until the page is idle, then has the compared analysis, leaving the page untouched', async () => {
    const { win } = pageWindow(skyPage());
    const sendMessage = connectBackground();
    const before = win.document.documentElement.outerHTML;
    const read = vi.fn(readPage);
    start(win, read);
    expect((await report()).state).toBe('analysing');
    expect(read).not.toHaveBeenCalled(); // nothing runs before the page is idle
    await settle();
    const done = await report();
    expect(done.state).toBe('done');
    if (done.state !== 'done') return;
    expect(done.analysis.isArticle).toBe(true);
    expect(done.analysis.article?.title).toBe('Starmer says a US backstop is the only way to deter Russia');
    expect(done.analysis.story.length).toBeGreaterThan(0);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
    expect(win.document.documentElement.outerHTML).toBe(before);
  });

  it('shows each piece of its reading on the page’s timeline, the pre-check with the first stage', async () => {
    const { win } = pageWindow(skyPage());
    const marks: string[] = [];
    const measures: Array<{ name: string; start: number; end: number }> = [];
    win.performance = { now: () => Date.now(), mark: (name) => marks.push(name), measure: (name, { start, end }) => measures.push({ name, start, end }) };
    connectBackground();
    const pauses: number[] = [];
    const started = startContentScript(fakeBrowser, win, {
      readPage: async (doc, pause) => {
        const result = readPage(doc);
        for (let i = 0; i < 3; i++) {
          await pause();
          pauses.push(i);
        }
        return result;
      },
      preCheck: looksLikeArticleCandidate,
    });
    stop = started.stop;
    await settle(2_000);
    expect((await report()).state).toBe('done');
    expect(pauses).toEqual([0, 1, 2]);
    expect(marks).toEqual(['Crossquote: started']);
    // Three pauses split the reading into four steps, each closed before the next begins.
    expect(measures.map((m) => m.name)).toEqual(Array(4).fill('Crossquote: step'));
    measures.forEach((m, i) => {
      expect(m.end).toBeGreaterThanOrEqual(m.start);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(measures[i - 1]!.end);
    });
  });

  it('does not read, nor wake the background, on a page that is plainly not an article', async () => {
    const { win } = pageWindow(sectionFront(), 'https://meridian-daily.example/world/');
    const sendMessage = connectBackground();
    const read = vi.fn(readPage);
    start(win, read);
    await settle();
    const done = await report();
    expect(done).toMatchObject({ state: 'done', analysis: { isArticle: false } });
    if (done.state === 'done') expect(done.analysis.reason).toBe(NOT_A_CANDIDATE);
    expect(read).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { id: 'someone-else' }, { type: 'crossquote/get-report' }],
    ['a sender without an id (a page)', {}, { type: 'crossquote/get-report' }],
    ['this extension, with an unknown message', popup(), { type: 'crossquote/run-script', code: 'alert(1)' }],
    ['this extension, with a malformed highlight', popup(), { type: 'crossquote/highlight', quoteId: 42 }],
  ])('does not answer %s', async (_who, sender, message) => {
    const { win } = pageWindow(skyPage());
    connectBackground();
    start(win);
    await settle();
    expect(await ask(message, sender)).toBeUndefined();
  });

  it('ignores window.postMessage from the page', async () => {
    const { win, dom } = pageWindow(skyPage());
    connectBackground();
    const { reporter } = start(win);
    await settle();
    const spy = vi.spyOn(reporter, 'handleMessage');
    dom.window.postMessage({ type: 'crossquote/highlight', quoteId: 'q1' }, '*');
    await settle();
    expect(spy).not.toHaveBeenCalled();
    expect(win.document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('highlights a quote when asked, scrolls to it, and puts the page back exactly when asked to clear', async () => {
    const { win } = pageWindow(skyPage());
    connectBackground();
    const scrolled: Element[] = [];
    win.document.defaultView!.HTMLElement.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    start(win);
    await settle();
    const done = await report();
    if (done.state !== 'done') throw new Error('expected a report');
    const quote = done.analysis.quotes.find((q) => q.text.startsWith('It is an existential question'));
    expect(quote).toBeDefined();
    const paragraph = Array.from(win.document.querySelectorAll('p')).find((p) => p.textContent?.includes('existential'))!;
    const textNode = paragraph.firstChild;
    const before = win.document.body.innerHTML;

    expect(await ask({ type: 'crossquote/highlight', quoteId: quote!.id })).toEqual({ found: true });
    const marks = win.document.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('It is an existential question for Europe as a whole, and therefore vital for Britain’s national interests,');
    expect(scrolled).toEqual([marks[0]]);

    expect(await ask({ type: 'crossquote/highlight', quoteId: null })).toEqual({ found: true });
    expect(win.document.querySelectorAll('mark')).toHaveLength(0);
    expect(win.document.body.innerHTML).toBe(before);
    expect(paragraph.firstChild).toBe(textNode); // the page's own text node is back, not a copy
  });

  it('highlights the quote in the article body, not the same words in the headline', async () => {
    const { win } = pageWindow(skyPage());
    connectBackground();
    start(win);
    await settle();
    const done = await report();
    if (done.state !== 'done') throw new Error('expected a report');
    const backstop = done.analysis.quotes.find((q) => q.text === 'US backstop');
    expect(backstop).toBeDefined();
    expect(win.document.querySelector('h1')?.textContent).toContain('US backstop');
    await ask({ type: 'crossquote/highlight', quoteId: backstop!.id });
    const mark = win.document.querySelector('mark');
    expect(mark?.parentElement?.tagName).toBe('P');
    expect(mark?.parentElement?.textContent).toContain('the prime minister said a “US backstop” is the “only way');
  });

  it('says when a quote is not there to highlight', async () => {
    const { win } = pageWindow(skyPage());
    connectBackground();
    start(win);
    await settle();
    expect(await ask({ type: 'crossquote/highlight', quoteId: 'q9999' })).toEqual({ found: false });
  });

  it('reads again after a single-page navigation, dropping the old report and highlight', async () => {
    const { win, dom } = pageWindow(skyPage());
    connectBackground();
    start(win);
    await settle();
    const first = await report();
    if (first.state !== 'done') throw new Error('expected a report');
    await ask({ type: 'crossquote/highlight', quoteId: first.analysis.quotes[0]!.id });
    expect(win.document.querySelectorAll('mark').length).toBeGreaterThan(0);

    // The site swaps in another article and pushes its address, as news SPAs do.
    const next = new JSDOM(
      newsPage({
        title: 'Storm warnings issued as heavy rain set to hit Wales',
        site: 'Sky News',
        url: 'https://news.sky.example/story/storm-warnings-wales',
        paragraphs: [
          'Yellow weather warnings for rain have been issued for large parts of Wales and north-west England, with up to 80mm expected on high ground by Thursday morning.',
          'Forecasters said the rain would arrive on Wednesday afternoon and could cause flooding on roads and disruption to rail services, particularly in the valleys of south Wales.',
          '“People should check the forecast before they travel and avoid driving through flood water,” a spokesperson for the forecaster said.',
          'The Environment Agency said it had issued several flood alerts for rivers in Cumbria and Lancashire, where the ground is already saturated after a wet January.',
        ],
      }),
    ).window.document;
    dom.window.history.pushState({}, '', '/story/storm-warnings-wales');
    // Frameworks like Next.js update the head (title, og: tags, canonical) along with the body.
    win.document.head.replaceChildren(...Array.from(next.head.childNodes).map((n) => win.document.importNode(n, true)));
    win.document.body.replaceChildren(...Array.from(next.body.childNodes).map((n) => win.document.importNode(n, true)));

    await settle(1000); // the address check
    expect((await report()).state).toBe('analysing');
    expect(win.document.querySelectorAll('mark')).toHaveLength(0);
    await settle(1000); // the settle delay, idle, compare
    const second = await report();
    expect(second.state).toBe('done');
    if (second.state === 'done') {
      expect(second.analysis.article?.title).toBe('Storm warnings issued as heavy rain set to hit Wales');
      expect(second.analysis.story).toEqual([]);
    }
  });

  it('does not read again when only the #fragment changes', async () => {
    const { win, dom } = pageWindow(skyPage());
    connectBackground();
    const read = vi.fn(readPage);
    start(win, read);
    await settle();
    dom.window.location.hash = '#comments';
    await settle(3000);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reports failure, and leaves the page alone, when the background cannot be reached', async () => {
    const { win } = pageWindow(skyPage());
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const before = win.document.documentElement.outerHTML;
    start(win);
    await settle();
    const state = await report();
    expect(state.state).toBe('failed');
    if (state.state === 'failed') expect(state.message).toContain('Could not establish connection.');
    expect(win.document.documentElement.outerHTML).toBe(before);
  });

  it('reports failure when reading the page throws', async () => {
    const { win } = pageWindow(skyPage());
    connectBackground();
    start(win, () => {
      throw new Error('too deep');
    });
    await settle();
    expect(await report()).toEqual({
      state: 'failed',
      message: 'Crossquote could not read this page (too deep). The page was not changed.',
    });
  });

  it('says a PDF is not a page it reads', async () => {
    const { win } = pageWindow('<html><body><embed type="application/pdf"></body></html>', 'https://example.org/report.pdf');
    Object.defineProperty(win.document, 'contentType', { value: 'application/pdf' });
    connectBackground();
    start(win);
    await settle();
    expect(await report()).toEqual({ state: 'unsupported', message: 'This is a PDF. Crossquote reads news web pages, not PDF documents.' });
  });
});
