// The popup's ReportSource over WXT's fake browser (which lacks tabs.sendMessage: spied).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CANNOT_RUN, NOT_READ_YET, createBrowserReportSource } from '../../utils/report/createBrowserReportSource';
import { emptyAnalysis } from '../../utils/analyze';

const closeWindow = vi.fn();
const source = (focusTabOnHighlight = false) => createBrowserReportSource(fakeBrowser, { focusTabOnHighlight, closeWindow });
const tab = async (url: string) => (await fakeBrowser.tabs.create({ url })).id!;
const sendMessage = () => vi.spyOn(fakeBrowser.tabs, 'sendMessage');
type Tab = Awaited<ReturnType<typeof fakeBrowser.tabs.get>>;
/** A tab as tabs.get reports it, with only the fields the source reads. */
const tabInfo = (fields: { id: number; url?: string; status?: 'loading' | 'complete' }): Tab => fields as Tab;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  closeWindow.mockReset();
});

describe('createBrowserReportSource', () => {
  it("passes on the content script's report, after checking it", async () => {
    const id = await tab('https://news.example/story');
    const report = { state: 'done', analysis: emptyAnalysis('Not an article.') };
    const spy = sendMessage().mockResolvedValue(report);
    expect(await source().getReport(id)).toEqual(report);
    expect(spy).toHaveBeenCalledWith(id, { type: 'crossquote/get-report' });
  });

  it('refuses a report that is not one', async () => {
    const id = await tab('https://news.example/story');
    sendMessage().mockResolvedValue({ state: 'done', analysis: { html: '<img onerror=alert(1)>' } });
    expect(await source().getReport(id)).toMatchObject({ state: 'failed' });
  });

  it.each([
    ['chrome://settings/', /browser's own pages/],
    ['https://chromewebstore.google.com/detail/x', /add-on stores/],
  ])('says extensions cannot run on %s without asking the page', async (url, message) => {
    const id = await tab(url);
    const spy = sendMessage();
    const report = await source().getReport(id);
    expect(report.state).toBe('unsupported');
    if (report.state === 'unsupported') expect(report.message).toMatch(message);
    expect(spy).not.toHaveBeenCalled();
  });

  it('asks to reload a web page whose content script does not answer, and says it cannot run on other pages', async () => {
    const web = await tab('https://news.example/story');
    sendMessage().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await source().getReport(web)).toEqual({ state: 'unsupported', message: NOT_READ_YET });
    const other = await tab('about:blank');
    expect(await source().getReport(other)).toMatchObject({ state: 'unsupported' });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tabInfo({ id: 9 }));
    expect(await source().getReport(9)).toEqual({ state: 'unsupported', message: CANNOT_RUN });
  });

  it('is still analysing while the tab loads', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tabInfo({ id: 3, url: 'https://news.example/story', status: 'loading' }));
    sendMessage().mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await source().getReport(3)).toEqual({ state: 'analysing' });
  });

  it('says a closed tab is closed', async () => {
    expect(await source().getReport(12345)).toEqual({ state: 'unsupported', message: 'That tab has been closed.' });
  });

  it('asks the page to highlight, and in the full-tab report switches to the page', async () => {
    const id = await tab('https://news.example/story');
    const spy = sendMessage().mockResolvedValue({ found: true });
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await source().highlight(id, 'q2')).toBe(true);
    expect(spy).toHaveBeenCalledWith(id, { type: 'crossquote/highlight', quoteId: 'q2' });
    expect(update).not.toHaveBeenCalled();
    expect(await source(true).highlight(id, 'q2')).toBe(true);
    expect(update).toHaveBeenCalledWith(id, { active: true });
  });

  it('reports a highlight as not found when the answer is not one', async () => {
    const id = await tab('https://news.example/story');
    sendMessage().mockResolvedValue({ found: 'yes' });
    expect(await source().highlight(id, 'q2')).toBe(false);
  });

  it('opens the reader view and the full-tab report as extension pages', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await source().openReader('004');
    await source().openInTab(7);
    expect(create.mock.calls.map(([p]) => new URL(p.url!).pathname + new URL(p.url!).search)).toEqual(['/reader.html?doc=004', '/popup.html?tabId=7']);
    expect(create.mock.calls.every(([p]) => p.url!.startsWith(fakeBrowser.runtime.getURL('/')))).toBe(true);
    expect(closeWindow).toHaveBeenCalledTimes(1);
  });
});
