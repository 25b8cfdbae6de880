// The library in the background, over WXT's fake browser and an in-memory IndexedDB: off until
// the reader turns it on; then articles read in tabs are kept and compared with later pages
// (the invented council-vote pages: the copy and the rewrite found, the unrelated not);
// private windows keep nothing; only the extension's own pages reach the library; the reader
// view opens a kept text; an export imported into a fresh profile gives the same answer; clear
// removes everything.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startBackground } from '../../utils/report/startBackground';
import { isCompareResponse, isGetDocResponse, isLibraryResponse, type LibraryResponse } from '../../utils/messages';
import type { Analysis } from '../../utils/types';
import { readLibraryPage, shippedIndex, type LibraryPage } from './libraryPages';

const indexText = JSON.stringify(shippedIndex());
let pages: Record<LibraryPage, Analysis>;
beforeAll(() => {
  pages = { original: readLibraryPage('original'), syndicated: readLibraryPage('syndicated'), rewrite: readLibraryPage('rewrite'), unrelated: readLibraryPage('unrelated') };
});

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const tab = (id: number, incognito = false): Sender => ({ id: fakeBrowser.runtime.id, url: 'https://news.example/page', tab: { id, incognito } }) as Sender;
const optionsPage = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') }) as Sender;

async function send(message: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((a: unknown) => a !== undefined);
}

async function read(page: LibraryPage, incognito = false): Promise<Analysis> {
  const answer = await send({ type: 'crossquote/compare', reading: pages[page] }, tab(7, incognito));
  if (!isCompareResponse(answer) || !answer.ok) throw new Error('expected an analysis');
  return answer.analysis;
}

async function library(op: Record<string, unknown>): Promise<Extract<LibraryResponse, { ok: true }>> {
  const answer = await send({ type: 'crossquote/library', ...op }, optionsPage());
  if (!isLibraryResponse(answer) || !answer.ok) throw new Error(`library ${String(op.op)} failed: ${JSON.stringify(answer)}`);
  return answer;
}

const kept = async (): Promise<number> => (await library({ op: 'status' })).status.articles;
const libraryMatches = (a: Analysis): Array<[string, string]> => a.story.filter((s) => s.source?.kind === 'library').map((s) => [s.outlet, s.relation]);

function freshProfile(): void {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  startBackground(fakeBrowser, () => indexText);
}

beforeEach(() => {
  freshProfile();
});

describe('the library in the background', () => {
  it('keeps nothing while off (the default)', async () => {
    await read('syndicated');
    await read('rewrite');
    expect(libraryMatches(await read('original'))).toEqual([]);
    expect(await kept()).toBe(0);
    expect((await library({ op: 'status' })).status.settings.enabled).toBe(false);
  });

  it('when on, keeps what is read and compares later pages with it', async () => {
    await library({ op: 'settings', change: { enabled: true } });
    for (const page of ['syndicated', 'rewrite', 'unrelated'] as const) await read(page);
    await vi.waitFor(async () => expect(await kept()).toBe(3));
    const analysis = await read('original');
    expect(libraryMatches(analysis)).toEqual([
      ['Valley Post', 'copy'],
      ['Northern Ledger', 'rewrite'],
    ]);
    expect(analysis.quoteMatches.some((q) => q.matches.some((m) => m.docId.startsWith('lib:') && m.relation === 'variant'))).toBe(true);
  });

  it('a deleted article, or one of a forgotten site, is compared no more (nothing stale held between pages)', async () => {
    await library({ op: 'settings', change: { enabled: true } });
    for (const page of ['syndicated', 'rewrite'] as const) await read(page);
    await vi.waitFor(async () => expect(await kept()).toBe(2));
    // Read in a private window, so the page itself is not kept and the comparisons are with the two alone.
    expect(libraryMatches(await read('original', true))).toEqual([['Valley Post', 'copy'], ['Northern Ledger', 'rewrite']]);
    const [valley] = (await library({ op: 'list', search: 'valley' })).articles!;
    await library({ op: 'delete', id: valley!.id });
    expect(libraryMatches(await read('original', true))).toEqual([['Northern Ledger', 'rewrite']]);
    await library({ op: 'forget-site', site: 'northern-ledger.example' });
    expect(libraryMatches(await read('original', true))).toEqual([]);
  });

  it('keeps nothing from a private window', async () => {
    await library({ op: 'settings', change: { enabled: true } });
    await read('syndicated', true);
    await read('rewrite');
    await vi.waitFor(async () => expect(await kept()).toBe(1));
    expect((await library({ op: 'list', search: '' })).articles!.map((a) => a.outlet)).toEqual(['Northern Ledger']);
  });

  it('answers library requests only from the extension’s own pages', async () => {
    expect(await send({ type: 'crossquote/library', op: 'export' }, tab(7))).toBeUndefined();
    expect(await send({ type: 'crossquote/library', op: 'clear' }, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' } as Sender)).toBeUndefined();
  });

  it('opens a kept article’s text in the reader view, with its original URL', async () => {
    await library({ op: 'settings', change: { enabled: true } });
    await read('rewrite');
    await vi.waitFor(async () => expect(await kept()).toBe(1));
    const [summary] = (await library({ op: 'list', search: 'ledger' })).articles!;
    const answer = await send({ type: 'crossquote/get-doc', docId: summary!.id }, optionsPage());
    if (!isGetDocResponse(answer) || !answer.ok) throw new Error('expected the kept text');
    expect(answer.doc.text).toBe(pages.rewrite.article!.text);
    expect(answer.doc.url).toBe('https://northern-ledger.example/2026/12/01/harwick-bridge-shut');
  });

  it('an export imported into a fresh profile gives the same answer; clear removes everything', async () => {
    await library({ op: 'settings', change: { enabled: true } });
    for (const page of ['syndicated', 'rewrite', 'unrelated'] as const) await read(page);
    await vi.waitFor(async () => expect(await kept()).toBe(3));
    const { jsonl } = await library({ op: 'export' });
    const before = (await read('original')).story;

    freshProfile();
    expect(libraryMatches(await read('original'))).toEqual([]);
    const imported = await library({ op: 'import', content: jsonl! });
    expect(imported.imported).toMatchObject({ added: 3 });
    expect(imported.rejected).toEqual([]);
    expect((await read('original')).story).toEqual(before);

    await library({ op: 'clear' });
    expect(await kept()).toBe(0);
    expect(libraryMatches(await read('original'))).toEqual([]);
  });

  it('refuses to import a file that is not a library file, and changes nothing', async () => {
    const answer = await send({ type: 'crossquote/library', op: 'import', content: '<html>not a library</html>' }, optionsPage());
    expect(answer).toEqual({ ok: false, message: expect.stringMatching(/^Nothing was imported: not a Crossquote library file/) });
    expect(await kept()).toBe(0);
  });
});
