// The background's library: owns the database connection, compares pages with the corpus and
// the library (reading from the stored index just what each page needs: readLibraryView, so a
// service-worker wake costs no load of the whole library), keeps what the reader reads (never
// from a private window), and answers the options page and popup. IndexedDB keeps the index up
// to date in the transaction of each add, delete, import or eviction; between pages only the
// reading order and the candidates already read are held (a bounded cache, dropped on any
// write), so memory does not grow with the library. Free of extension APIs: the database opener
// is passed in.
import type { Analysis } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';
import type { CorpusText } from '../messages';
import type { LibraryDb } from './libraryDb';
import { compareWithLibraryInSteps } from './compareWithLibrary';
import { readFeaturesInSlices } from './readFeaturesInSlices';
import { runStepsYielding } from '../pipeline/runSteps';
import { readLibraryView, type LibraryReadCache } from './readLibraryView';
import { readLibraryArticle } from './readLibraryArticle';
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
  // Read for earlier pages (readLibraryView): forgotten whenever a write changes what it holds.
  const cache: LibraryReadCache = { docs: new Map(), order: null, writes: 0 };
  /** After a write: the reading order is read again, and the changed articles (all, when not known). */
  const changed = (ids?: readonly string[]): void => {
    cache.order = null;
    cache.writes += 1;
    if (ids) for (const id of ids) cache.docs.delete(id);
    else cache.docs.clear();
  };

  const database = (): Promise<LibraryDb> => (db ??= openDb().catch((error: unknown) => {
    db = null;
    throw error;
  }));

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
        changed();
        return { ok: true, status: await status() };
      case 'list':
        return { ok: true, status: await status(), articles: await listArticles(d, request.search) };
      case 'delete': {
        await deleteArticle(d, request.id);
        changed([request.id]);
        return { ok: true, status: await status() };
      }
      case 'forget-site': {
        changed(await forgetSite(d, request.site));
        return { ok: true, status: await status() };
      }
      case 'clear':
        await clearLibrary(d);
        changed();
        return { ok: true, status: await status() };
      case 'export':
        return { ok: true, status: await status(), jsonl: formatLibraryJsonl((await readAllArticles(d)).articles) };
      case 'import': {
        const file = parseLibraryJsonl(request.content);
        if (!file.ok) return { ok: false, message: `Nothing was imported: ${file.reason}.` };
        const imported = await importArticles(d, file.articles);
        changed();
        return { ok: true, status: await status(), imported, rejected: file.rejected };
      }
    }
  }

  return {
    async compare(reading, corpus) {
      const view = await readLibraryView(await database(), corpus, reading, cache);
      // No single task does all the comparing (a long task holds up the popup's answer): the
      // candidates' features in slices, then story, quotes and differences as separate tasks.
      await readFeaturesInSlices([...corpus.docs, ...[...view.articles.values()].flatMap(({ slot }) => view.view.docs[slot] ?? [])]);
      return runStepsYielding(compareWithLibraryInSteps(reading, view));
    },

    async keep(reading, tab, readAt) {
      // Private windows: nothing is kept, whatever the settings say.
      if (tab.incognito) return null;
      const article = buildLibraryArticle(reading, readAt.toISOString());
      if (!article) return null;
      // The article and its postings (the stored index) are written in one transaction.
      const result = await keepArticle(await database(), article);
      if (result.kept) changed([article.id, ...result.evicted]);
      return result;
    },

    async doc(id) {
      const read = readLibraryArticle(await (await database()).get('articles', id));
      if (!('article' in read)) return null;
      const a = read.article;
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
