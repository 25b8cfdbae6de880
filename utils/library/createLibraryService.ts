// The background's library: owns the database connection and the in-memory index of corpus +
// library (loaded once per background start, from the kept index entries), compares pages
// with both, keeps what the reader reads (never from a private window), and answers the
// options page and popup. Free of extension APIs: the database opener is passed in.
import type { Analysis } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';
import type { CorpusText } from '../messages';
import type { LibraryDb } from './libraryDb';
import type { LibraryIndex } from './libraryIndex';
import { addToLibraryIndex } from './addToLibraryIndex';
import { loadLibraryIndex } from './loadLibraryIndex';
import { removeFromLibraryIndex } from './removeFromLibraryIndex';
import { compareWithLibrary } from './compareWithLibrary';
import { buildLibraryArticle } from './buildLibraryArticle';
import { keepArticle, type KeepResult } from './keepArticle';
import { readAllArticles } from './readAllArticles';
import { readSettings } from './readSettings';
import { saveSettings } from './saveSettings';
import { librarySize } from './librarySize';
import { listArticles } from './listArticles';
import { clearLibrary, deleteArticle, forgetSite } from './forgetArticles';
import { formatLibraryJsonl } from './formatLibraryJsonl';
import { parseLibraryJsonl } from './parseLibraryJsonl';
import { importArticles } from './importArticles';
import type { LibraryRequest, LibraryResponse, LibraryStatus } from './libraryMessages';

export interface LibraryService {
  /** The page compared with the corpus and the library together. */
  compare(reading: Analysis, corpus: CorpusIndex): Promise<Analysis>;
  /** Keeps the page if it is an article, the tab is not private and the settings allow; null when not asked to. */
  keep(reading: Analysis, tab: { incognito: boolean }, readAt: Date): Promise<KeepResult | null>;
  /** A kept article's text for the reader view (works offline: it is the kept text). */
  doc(id: string, corpus: CorpusIndex): Promise<CorpusText | null>;
  handle(request: LibraryRequest): Promise<LibraryResponse>;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createLibraryService(openDb: () => Promise<LibraryDb>): LibraryService {
  let db: Promise<LibraryDb> | null = null;
  let index: Promise<LibraryIndex> | null = null;
  let indexCorpus: CorpusIndex | null = null;

  const database = (): Promise<LibraryDb> => (db ??= openDb().catch((error: unknown) => {
    db = null;
    throw error;
  }));

  /** Loaded on first use and then kept up to date one article at a time. */
  function libraryIndex(corpus: CorpusIndex): Promise<LibraryIndex> {
    if (index && indexCorpus === corpus) return index;
    indexCorpus = corpus;
    index = (async () => loadLibraryIndex(corpus, (await readAllArticles(await database())).articles))();
    index.catch(() => {
      index = null;
    });
    return index;
  }

  /** After a change made in bulk (import, clear): the next comparison reloads. */
  const forgetIndex = (): void => {
    index = null;
  };

  async function status(): Promise<LibraryStatus> {
    const d = await database();
    const [settings, size] = await Promise.all([readSettings(d), librarySize(d)]);
    return { settings, articles: size.articles, bytes: size.bytes };
  }

  async function handle(request: LibraryRequest): Promise<LibraryResponse> {
    const d = await database();
    switch (request.op) {
      case 'status':
        return { ok: true, status: await status() };
      case 'settings':
        await saveSettings(d, request.change);
        // A lower cap may have evicted articles.
        if (request.change.maxArticles !== undefined) forgetIndex();
        return { ok: true, status: await status() };
      case 'list':
        return { ok: true, status: await status(), articles: await listArticles(d, request.search) };
      case 'delete': {
        await deleteArticle(d, request.id);
        if (index) removeFromLibraryIndex(await index, request.id);
        return { ok: true, status: await status() };
      }
      case 'forget-site': {
        const removed = await forgetSite(d, request.site);
        if (index) {
          const loaded = await index;
          for (const id of removed) removeFromLibraryIndex(loaded, id);
        }
        return { ok: true, status: await status() };
      }
      case 'clear':
        await clearLibrary(d);
        forgetIndex();
        return { ok: true, status: await status() };
      case 'export':
        return { ok: true, status: await status(), jsonl: formatLibraryJsonl((await readAllArticles(d)).articles) };
      case 'import': {
        const file = parseLibraryJsonl(request.content);
        if (!file.ok) return { ok: false, message: `Nothing was imported: ${file.reason}.` };
        const imported = await importArticles(d, file.articles);
        forgetIndex();
        return { ok: true, status: await status(), imported, rejected: file.rejected };
      }
    }
  }

  return {
    async compare(reading, corpus) {
      return compareWithLibrary(reading, await libraryIndex(corpus));
    },

    async keep(reading, tab, readAt) {
      // Private windows: nothing is kept, whatever the settings say.
      if (tab.incognito) return null;
      const article = buildLibraryArticle(reading, readAt.toISOString());
      if (!article) return null;
      const result = await keepArticle(await database(), article);
      if (result.kept && index) {
        const loaded = await index;
        for (const id of result.evicted) removeFromLibraryIndex(loaded, id);
        addToLibraryIndex(loaded, article);
      }
      return result;
    },

    async doc(id, corpus) {
      const held = (await libraryIndex(corpus)).articles.get(id);
      if (!held) return null;
      const a = held.article;
      return { docId: a.id, outlet: a.outlet, title: a.title, titleDerived: false, credits: a.credits, note: `In your library: read ${a.readAt.slice(0, 10)}${a.site ? ` on ${a.site}` : ''}.`, text: a.text, url: a.url };
    },

    async handle(request) {
      try {
        return await handle(request);
      } catch (error) {
        return { ok: false, message: `The library could not be used: ${errorText(error)}` };
      }
    },
  };
}
