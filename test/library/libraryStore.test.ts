// The library in IndexedDB (fake-indexeddb: the same API, in memory): off until turned on,
// pausable, never-keep sites, one copy per article, the cap evicting the oldest readings, writes
// that land whole or not at all, concurrent adds that lose nothing, export → import into a fresh
// profile, and the schema upgrade from every earlier version.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, UPGRADES, openLibraryDb, type LibraryDb } from '../../utils/library/libraryDb';
import { keepArticle } from '../../utils/library/keepArticle';
import { saveSettings } from '../../utils/library/saveSettings';
import { readSettings } from '../../utils/library/readSettings';
import { readAllArticles } from '../../utils/library/readAllArticles';
import { importArticles } from '../../utils/library/importArticles';
import { listArticles } from '../../utils/library/listArticles';
import { librarySize } from '../../utils/library/librarySize';
import { clearLibrary, deleteArticle, forgetSite } from '../../utils/library/forgetArticles';
import { formatLibraryJsonl } from '../../utils/library/formatLibraryJsonl';
import { parseLibraryJsonl } from '../../utils/library/parseLibraryJsonl';
import { DEFAULT_MAX_ARTICLES } from '../../utils/library/librarySettings';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import { INDEX_FORMAT } from '../../utils/corpus/indexFormat';
import { articleFromText } from './articleFromText';

const at = (minute: number): string => new Date(Date.UTC(2026, 11, 2, 10, minute)).toISOString();
const article = (n: number, site = 'example.org', minute = n): LibraryArticle =>
  articleFromText(`Report number ${n}: the council voted on the bridge. "We will not gamble," said Mayor Dana Okafor.`, `https://${site}/news/${n}`, at(minute), null);

let db: LibraryDb;
beforeEach(async () => {
  // A fresh browser profile for each test.
  globalThis.indexedDB = new IDBFactory();
  db = await openLibraryDb();
});

const ids = async (): Promise<string[]> => (await readAllArticles(db)).articles.map((a) => a.id);

describe('consent and settings', () => {
  it('keeps nothing until the reader turns the library on', async () => {
    expect((await readSettings(db)).enabled).toBe(false);
    expect(await keepArticle(db, article(1))).toEqual({ kept: false, why: 'off' });
    expect(await ids()).toEqual([]);
    await saveSettings(db, { enabled: true });
    expect(await keepArticle(db, article(1))).toMatchObject({ kept: true });
    expect(await ids()).toEqual([article(1).id]);
  });

  it('keeps nothing while paused, and again when resumed', async () => {
    await saveSettings(db, { enabled: true, paused: true });
    expect(await keepArticle(db, article(1))).toEqual({ kept: false, why: 'paused' });
    await saveSettings(db, { paused: false });
    expect((await keepArticle(db, article(1))).kept).toBe(true);
  });

  it('never keeps a site on the never-keep list, nor its subdomains', async () => {
    await saveSettings(db, { enabled: true, neverKeep: ['example.org'] });
    expect(await keepArticle(db, article(1, 'news.example.org'))).toEqual({ kept: false, why: 'never-keep' });
    expect((await keepArticle(db, article(2, 'notexample.org'))).kept).toBe(true);
  });

  it('defaults to a cap of a few thousand articles', async () => {
    expect((await readSettings(db)).maxArticles).toBe(DEFAULT_MAX_ARTICLES);
  });
});

describe('keeping articles', () => {
  beforeEach(async () => {
    await saveSettings(db, { enabled: true });
  });

  it('keeps the same article read twice, under its AMP and tracking URLs, once: the latest reading', async () => {
    await keepArticle(db, article(1));
    const again = articleFromText(article(1).text, 'https://www.example.org/amp/news/1?utm_source=feed', at(30), null);
    expect(await keepArticle(db, again)).toEqual({ kept: true, replaced: true, evicted: [] });
    const { articles } = await readAllArticles(db);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.readAt).toBe(at(30));
  });

  it('past the cap, removes the oldest readings first', async () => {
    await saveSettings(db, { maxArticles: 3 });
    for (const n of [1, 2, 3]) await keepArticle(db, article(n));
    expect(await keepArticle(db, article(4))).toEqual({ kept: true, replaced: false, evicted: [article(1).id] });
    expect(await ids()).toEqual([2, 3, 4].map((n) => article(n).id));
    // Lowering the cap applies at once.
    await saveSettings(db, { maxArticles: 1 });
    expect(await ids()).toEqual([article(4).id]);
  });

  it('two tabs adding at once lose nothing', async () => {
    const other = await openLibraryDb();
    await Promise.all(Array.from({ length: 20 }, (_, n) => keepArticle(n % 2 ? db : other, article(n))));
    expect((await ids()).sort()).toEqual(Array.from({ length: 20 }, (_, n) => article(n).id).sort());
  });

  it('concurrent adds past the cap keep exactly the newest', async () => {
    await saveSettings(db, { maxArticles: 10 });
    await Promise.all(Array.from({ length: 20 }, (_, n) => keepArticle(db, article(n))));
    expect(await ids()).toEqual(Array.from({ length: 10 }, (_, n) => article(n + 10).id));
  });

  it('a write that fails leaves no trace: not the article, not the eviction it would have caused', async () => {
    await saveSettings(db, { maxArticles: 2 });
    await keepArticle(db, article(1));
    await keepArticle(db, article(2));
    // A value the browser cannot store (as a stopped worker cannot finish one) fails the whole transaction.
    const broken = { ...article(3), quotes: [{ ...article(3).quotes[0]!, speaker: (() => 'x') as unknown as string }] };
    await expect(keepArticle(db, broken)).rejects.toThrow();
    expect(await ids()).toEqual([article(1).id, article(2).id]);
  });
});

describe('the reader’s own data', () => {
  beforeEach(async () => {
    await saveSettings(db, { enabled: true });
    await keepArticle(db, articleFromText('The bridge will close. "We will not gamble," said Mayor Dana Okafor.', 'https://valleypost.example/a', at(1), 'Valley Post'));
    await keepArticle(db, articleFromText('Bread festival draws record crowds. "We ran out of rye," said Helga Marsh.', 'https://courier.example/b', at(2), 'Harwick Courier'));
  });

  it('lists newest first and searches by title, outlet or person', async () => {
    expect((await listArticles(db)).map((a) => a.outlet)).toEqual(['Harwick Courier', 'Valley Post']);
    expect((await listArticles(db, 'okafor')).map((a) => a.outlet)).toEqual(['Valley Post']);
    expect((await listArticles(db, 'harwick')).map((a) => a.outlet)).toEqual(['Harwick Courier']);
    expect((await listArticles(db, 'festival')).map((a) => a.outlet)).toEqual(['Harwick Courier']);
    expect(await listArticles(db, 'nobody')).toEqual([]);
  });

  it('deletes one article, forgets a site (and never keeps it again), clears all', async () => {
    const [newest] = await listArticles(db);
    expect(await deleteArticle(db, newest!.id)).toBe(true);
    expect((await listArticles(db)).map((a) => a.outlet)).toEqual(['Valley Post']);
    expect(await forgetSite(db, 'valleypost.example')).toHaveLength(1);
    expect((await readSettings(db)).neverKeep).toContain('valleypost.example');
    expect((await keepArticle(db, articleFromText('More on the bridge.', 'https://valleypost.example/c', at(3)))).kept).toBe(false);
    await keepArticle(db, article(9));
    await clearLibrary(db);
    expect(await librarySize(db)).toEqual({ articles: 0, bytes: 0 });
    expect((await readSettings(db)).enabled).toBe(true);
  });

  it('reports its size in articles and bytes', async () => {
    const size = await librarySize(db);
    expect(size.articles).toBe(2);
    expect(size.bytes).toBeGreaterThan(500);
  });

  it('an export imported into a fresh profile gives the same library', async () => {
    const exported = formatLibraryJsonl((await readAllArticles(db)).articles);
    globalThis.indexedDB = new IDBFactory();
    const fresh = await openLibraryDb();
    const parsed = parseLibraryJsonl(exported);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await importArticles(fresh, parsed.articles)).toEqual({ added: 2, replaced: 0, unchanged: 0, neverKept: 0, evicted: 0 });
    expect((await readAllArticles(fresh)).articles).toEqual((await readAllArticles(db)).articles);
    // Importing again changes nothing.
    expect(await importArticles(fresh, parsed.articles)).toMatchObject({ added: 0, unchanged: 2 });
  });
});

describe('the database schema', () => {
  it.each(Array.from({ length: LIBRARY_DB_VERSION }, (_, v) => v))('upgrades a database at version %i to the current one, keeping what it holds', async (from) => {
    globalThis.indexedDB = new IDBFactory();
    const kept = article(1);
    if (from > 0) {
      const old = await openDB(LIBRARY_DB_NAME, from, { upgrade: (d, o, n, tx) => { for (let v = o; v < from; v++) UPGRADES[v]!(d as unknown as LibraryDb, tx as never); } });
      await old.put('articles', kept);
      old.close();
    }
    const current = await openLibraryDb();
    expect([...current.objectStoreNames].sort()).toEqual(['articles', 'settings']);
    expect([...current.transaction('articles').store.indexNames].sort()).toEqual(['fingerprints', 'quoteFingerprints', 'readAt', 'site', 'terms']);
    expect((await readAllArticles(current)).articles).toEqual(from > 0 ? [kept] : []);
  });

  it('builds the stored index from the articles a version 1 database holds', async () => {
    globalThis.indexedDB = new IDBFactory();
    const old = await openDB(LIBRARY_DB_NAME, 1, { upgrade: (d, o, n, tx) => UPGRADES[0]!(d as unknown as LibraryDb, tx as never) });
    const [first, second] = [article(1), article(2, 'example.net')];
    // One record kept under an older index format: its entries are recomputed, not filed under stale keys.
    const stale = { ...article(3), index: { format: INDEX_FORMAT - 1, fingerprints: [7], quoteFingerprints: [], terms: ['stalekey'] } };
    for (const a of [first, second, stale]) await old.put('articles', a);
    old.close();
    const current = await openLibraryDb();
    const filed = (index: 'fingerprints' | 'quoteFingerprints' | 'terms', key: number | string): Promise<string[]> => current.getAllKeysFromIndex('articles', index, key as never);
    expect(await filed('terms', 'council')).toEqual([first.id, second.id, stale.id].sort());
    expect(await filed('fingerprints', first.index.fingerprints[0]!)).toContain(first.id);
    expect(await filed('quoteFingerprints', first.index.quoteFingerprints[0]!)).toContain(first.id);
    expect(await filed('terms', 'stalekey')).toEqual([]);
    expect((await current.get('articles', stale.id))?.index).toEqual(article(3).index);
    // Kept up to date in the same transaction as each delete and add.
    await deleteArticle(current, first.id);
    expect(await filed('terms', 'council')).toEqual([second.id, stale.id].sort());
  });

  it('refuses, with a clear message, a database written by a newer Crossquote', async () => {
    db.close();
    (await openDB(LIBRARY_DB_NAME, LIBRARY_DB_VERSION + 1)).close();
    await expect(openLibraryDb()).rejects.toThrow(/written by a newer Crossquote/);
  });

  it('skips a damaged stored record rather than failing to load the library', async () => {
    await saveSettings(db, { enabled: true });
    await keepArticle(db, article(1));
    await db.put('articles', { ...article(2), text: 42 } as unknown as LibraryArticle);
    const { articles, damaged } = await readAllArticles(db);
    expect(articles.map((a) => a.id)).toEqual([article(1).id]);
    expect(damaged).toBe(1);
  });
});
