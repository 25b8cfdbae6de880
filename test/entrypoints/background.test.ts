// The background over WXT's fake browser: compares a reading with the bundled corpus, sets the
// badge, serves corpus texts, refuses anything not from this extension, and turns a damaged
// index into a clear failure.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { JSDOM } from 'jsdom';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { readCorpus } from '../../scripts/readCorpus';
import { readPage, emptyAnalysis } from '../../utils/analyze';
import { startBackground } from '../../utils/report/startBackground';
import { isCompareResponse, isGetDocResponse } from '../../utils/messages';
import { skyPage } from './pages';

const index = buildIndex(readCorpus());
const indexText = JSON.stringify(index);
const TAB = 5;
const fromContentScript = () => ({ id: fakeBrowser.runtime.id, tab: { id: TAB } });
const fromExtensionPage = () => ({ id: fakeBrowser.runtime.id });

async function send(message: unknown, sender: { id?: string; tab?: { id?: number } }): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1]);
  return answers.find((a: unknown) => a !== undefined);
}

// Read once: parsing and extracting the page is the slow part, and compare does not change its input.
const reading = readPage(new JSDOM(skyPage(), { url: 'https://news.sky.example/story/starmer-us-backstop-13311234' }).window.document);
const skyReading = () => reading;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('background', () => {
  it('compares an article with the corpus and shows how many other outlets carried it on the badge', async () => {
    startBackground(fakeBrowser, () => indexText);
    expect(reading.isArticle).toBe(true);
    const answer = await send({ type: 'crossquote/compare', reading }, fromContentScript());
    expect(isCompareResponse(answer)).toBe(true);
    if (!isCompareResponse(answer) || !answer.ok) throw new Error('expected an analysis');
    const others = answer.analysis.story.filter((s) => s.relation !== 'same');
    // The Sky report is carried (copied or rewritten) by the other corpus articles.
    expect(others.length).toBeGreaterThan(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(String(others.length));
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toMatch(/^Crossquote: Carried by \d+ other outlets?/);
  });

  it("uses browserAction where there is no action (Firefox's MV2 build)", async () => {
    const texts: Array<{ tabId: number; text: string }> = [];
    const browserAction = {
      setBadgeText: async (details: { tabId: number; text: string }) => void texts.push(details),
      setTitle: async () => {},
      setBadgeBackgroundColor: async () => {},
    };
    startBackground({ runtime: fakeBrowser.runtime, browserAction }, () => indexText);
    const answer = await send({ type: 'crossquote/compare', reading: skyReading() }, fromContentScript());
    if (!isCompareResponse(answer) || !answer.ok) throw new Error('expected an analysis');
    expect(texts).toEqual([{ tabId: TAB, text: String(answer.analysis.story.filter((s) => s.relation !== 'same').length) }]);
  });

  it('clears the badge for a page that is not an article, without loading the index', async () => {
    const readIndex = vi.fn(() => indexText);
    startBackground(fakeBrowser, readIndex);
    await fakeBrowser.action.setBadgeText({ tabId: TAB, text: '4' });
    const answer = await send({ type: 'crossquote/compare', reading: emptyAnalysis('Not an article.') }, fromContentScript());
    expect(answer).toMatchObject({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect(readIndex).not.toHaveBeenCalled();
  });

  it.each<[string, { id?: string; tab?: { id: number } }]>([
    ['another extension', { id: 'someone-else', tab: { id: TAB } }],
    ['a sender without an id', { tab: { id: TAB } }],
    ['an extension page (not a tab)', { id: 'SELF' }],
  ])('ignores a compare request from %s', async (_who, sender) => {
    startBackground(fakeBrowser, () => indexText);
    const resolved = { ...sender, id: sender.id === 'SELF' ? fakeBrowser.runtime.id : sender.id };
    expect(await send({ type: 'crossquote/compare', reading: skyReading() }, resolved)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBeFalsy();
  });

  it.each([
    ['a message of unknown type', { type: 'crossquote/delete-everything' }],
    ['a reading that is not an Analysis', { type: 'crossquote/compare', reading: { isArticle: true, article: { text: 'x' } } }],
    ['a corpus id that is not a number', { type: 'crossquote/get-doc', docId: '../secrets' }],
    ['a string', 'crossquote/compare'],
  ])('ignores %s', async (_what, message) => {
    startBackground(fakeBrowser, () => indexText);
    expect(await send(message, fromContentScript())).toBeUndefined();
  });

  it('loads the index once, on first use', async () => {
    const readIndex = vi.fn(() => indexText);
    startBackground(fakeBrowser, readIndex);
    expect(readIndex).not.toHaveBeenCalled();
    await send({ type: 'crossquote/compare', reading: skyReading() }, fromContentScript());
    await send({ type: 'crossquote/get-doc', docId: '001' }, fromExtensionPage());
    expect(readIndex).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['cut short', indexText.slice(0, 200)],
    ['from another format version', JSON.stringify({ ...index, format: 999 })],
    ['not an index at all', '[1, 2, 3]'],
  ])('answers with a clear failure when the bundled index is %s, and shows no badge', async (_how, text) => {
    startBackground(fakeBrowser, () => text);
    const answer = await send({ type: 'crossquote/compare', reading: skyReading() }, fromContentScript());
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { message: string }).message).toMatch(/corpus could not be loaded/);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    const doc = await send({ type: 'crossquote/get-doc', docId: '001' }, fromExtensionPage());
    expect(doc).toMatchObject({ ok: false });
  });

  it("serves a corpus article's text to the reader view", async () => {
    startBackground(fakeBrowser, () => indexText);
    const answer = await send({ type: 'crossquote/get-doc', docId: '001' }, fromExtensionPage());
    expect(isGetDocResponse(answer)).toBe(true);
    if (!isGetDocResponse(answer) || !answer.ok) throw new Error('expected a doc');
    expect(answer.doc.outlet).toBe('Tribune Online');
    expect(answer.doc.text).toContain('German Chancellor Olaf Scholz, a crucial NATO partner, dismissed such discussions as “completely premature.”');
    expect(answer.doc.credits).toEqual(['BBC']);
    expect(await send({ type: 'crossquote/get-doc', docId: '999' }, fromExtensionPage())).toEqual({
      ok: false,
      message: "Crossquote's corpus has no article numbered 999.",
    });
  });
});
