// The background's logic, free of browser APIs: holds the corpus index (parsed and checked once,
// on the first request that needs it), compares what content scripts read with it, sets the
// badge, and serves corpus texts to the reader view. A damaged index becomes a clear failure
// answer, never a crash or a silent wrong result.
import type { CorpusIndex } from '../corpus/indexFormat';
import { loadIndex } from '../corpus/loadIndex';
import { compareWithCorpus } from '../pipeline/compareWithCorpus';
import { isBackgroundMessage, type CompareResponse, type GetDocResponse, type LibraryResponse } from '../messages';
import { badgeFor, type Badge } from './badgeFor';
import type { LibraryService } from '../library/createLibraryService';

export interface BackgroundDeps {
  /** This extension's id: messages from anyone else are ignored. */
  extensionId: string;
  /** The bundled index as JSON text (parsed lazily, so a damaged file cannot break start-up). */
  readIndexText: () => string;
  /** Shows `badge` on the toolbar button for one tab. */
  setBadge: (tabId: number, badge: Badge) => Promise<void> | void;
  /** The reader's library (utils/library), where the browser has IndexedDB. */
  library?: LibraryService;
  /** The extension's own base URL: only its pages may read or change the library. */
  extensionUrl?: string;
  /** Clock for when an article was read. */
  now?: () => Date;
}

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

export interface BackgroundHandler {
  handleMessage(message: unknown, sender: MessageSender): Promise<CompareResponse | GetDocResponse | LibraryResponse> | undefined;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createBackgroundHandler(deps: BackgroundDeps): BackgroundHandler {
  let index: CorpusIndex | null = null;
  let indexError: string | null = null;

  function getIndex(): CorpusIndex {
    if (index) return index;
    if (indexError) throw new Error(indexError);
    try {
      index = loadIndex(JSON.parse(deps.readIndexText()) as unknown);
      return index;
    } catch (error) {
      indexError = `Crossquote's bundled corpus could not be loaded: ${errorText(error)} Reinstalling the extension should fix this.`;
      throw new Error(indexError);
    }
  }

  async function setBadgeQuietly(tabId: number | undefined, badge: Badge): Promise<void> {
    if (tabId === undefined || tabId < 0) return;
    try {
      await deps.setBadge(tabId, badge);
    } catch {
      // The tab may have closed meanwhile; the badge is a nicety, the answer still matters.
    }
  }

  async function compare(message: { reading: Parameters<typeof compareWithCorpus>[0] }, sender: MessageSender): Promise<CompareResponse> {
    const tabId = sender.tab?.id;
    if (!message.reading.isArticle) {
      await setBadgeQuietly(tabId, badgeFor(null));
      return { ok: true, analysis: message.reading };
    }
    try {
      const analysis = await compareWithLibrary(message.reading, getIndex());
      await setBadgeQuietly(tabId, badgeFor(analysis));
      // Kept after comparing, so the page is compared with what was read before it; not awaited,
      // so the answer does not wait for the write (a write is one transaction: all or nothing).
      deps.library?.keep(message.reading, { incognito: sender.tab?.incognito === true }, (deps.now ?? (() => new Date()))()).catch(() => undefined);
      return { ok: true, analysis };
    } catch (error) {
      await setBadgeQuietly(tabId, badgeFor(null));
      return { ok: false, message: errorText(error) };
    }
  }

  /** With the library when there is one; a library that fails leaves the corpus's answer. */
  async function compareWithLibrary(reading: Parameters<typeof compareWithCorpus>[0], corpus: CorpusIndex): Promise<ReturnType<typeof compareWithCorpus>> {
    if (!deps.library) return compareWithCorpus(reading, corpus);
    try {
      return await deps.library.compare(reading, corpus);
    } catch {
      return compareWithCorpus(reading, corpus);
    }
  }

  async function getLibraryDoc(docId: string): Promise<GetDocResponse> {
    try {
      const doc = deps.library ? await deps.library.doc(docId, getIndex()) : null;
      return doc ? { ok: true, doc } : { ok: false, message: 'That article is no longer in your library.' };
    } catch (error) {
      return { ok: false, message: errorText(error) };
    }
  }

  const fromExtensionPage = (sender: MessageSender): boolean => (deps.extensionUrl ? sender.url?.startsWith(deps.extensionUrl) === true : !sender.tab);

  function getDoc(docId: string): GetDocResponse {
    try {
      const doc = getIndex().docs.find((d) => d.docId === docId);
      if (!doc) return { ok: false, message: `Crossquote's corpus has no article numbered ${docId}.` };
      return {
        ok: true,
        doc: {
          docId: doc.docId,
          outlet: doc.outletLabel,
          title: doc.title,
          titleDerived: doc.titleDerived,
          credits: doc.credits,
          note: doc.note,
          text: doc.text,
        },
      };
    } catch (error) {
      return { ok: false, message: errorText(error) };
    }
  }

  return {
    handleMessage(message, sender) {
      if (sender.id !== deps.extensionId || !isBackgroundMessage(message)) return undefined;
      if (message.type === 'crossquote/compare') {
        // Only content scripts (which run in a tab) send pages to compare.
        if (!sender.tab) return undefined;
        return compare(message, sender);
      }
      if (message.type === 'crossquote/library') {
        // The library is the reader's: only the extension's own pages (options, popup) reach it.
        if (!deps.library || !fromExtensionPage(sender)) return undefined;
        return deps.library.handle(message);
      }
      if (message.docId.startsWith('lib:')) return getLibraryDoc(message.docId);
      return Promise.resolve(getDoc(message.docId));
    },
  };
}
