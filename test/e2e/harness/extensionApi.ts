// The few extension APIs the drivers call inside the browser (in the service worker or an
// extension page), typed here because the project has no @types/chrome.
import type { ReportState } from '../../../utils/messages';
import type { LibraryOp, LibraryResponse } from '../../../utils/library/libraryMessages';

export interface ExtensionApi {
  tabs: {
    create(options: { url: string; active?: boolean }): Promise<{ id?: number }>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    update(tabId: number, options: { active?: boolean }): Promise<unknown>;
  };
  windows: {
    create(options: { url: string; incognito?: boolean }): Promise<{ id?: number; incognito: boolean; tabs?: Array<{ id?: number; incognito: boolean }> }>;
    remove(windowId: number): Promise<void>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** Extension globals in the browser: `chrome` (Chromium) or `browser` (Firefox). */
export type ExtensionGlobals = { chrome?: ExtensionApi; browser?: ExtensionApi };

export type { LibraryOp, LibraryResponse, ReportState };

/**
 * Runs in the extension (service worker or extension page): asks the tab's content script for
 * its report until it is no longer 'analysing'. "Could not establish connection" while the
 * content script is not there yet counts as still analysing.
 */
export async function pollReportInExtension(args: { tabId: number; timeoutMs: number }): Promise<ReportState | { state: 'timeout'; last: string }> {
  const globals = globalThis as unknown as ExtensionGlobals;
  const api = globals.browser ?? globals.chrome;
  if (!api) throw new Error('no extension API here');
  const deadline = Date.now() + args.timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const answer = (await api.tabs.sendMessage(args.tabId, { type: 'crossquote/get-report' })) as ReportState | undefined;
      if (answer && answer.state !== 'analysing') return answer;
      last = JSON.stringify(answer);
    } catch (error) {
      last = String(error);
    }
    // Polling a state, not a sleep used as synchronisation: the loop ends when the state changes.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { state: 'timeout', last };
}

/** Runs in the extension: the toolbar badge text for a tab. */
export async function badgeTextInExtension(tabId: number): Promise<string> {
  const globals = globalThis as unknown as ExtensionGlobals;
  const api = globals.browser ?? globals.chrome;
  const action = api?.action ?? api?.browserAction;
  if (!action) throw new Error('no action API here');
  return action.getBadgeText({ tabId });
}

/** Runs in the extension: opens a tab and returns its id (tabs.create needs no permission). */
export async function createTabInExtension(args: { url: string; active: boolean }): Promise<number> {
  const globals = globalThis as unknown as ExtensionGlobals;
  const api = globals.browser ?? globals.chrome;
  if (!api) throw new Error('no extension API here');
  const tab = await api.tabs.create({ url: args.url, active: args.active });
  if (tab.id === undefined) throw new Error('tabs.create gave no id');
  return tab.id;
}

/**
 * Runs in the extension: opens `url` in a new private (incognito) window and returns its tab and
 * window ids. Fails, saying so, when the extension is not allowed in private windows: then the
 * browser would not run the content script there, and "nothing kept" would prove nothing.
 */
export async function openPrivateWindowInExtension(url: string): Promise<{ tabId: number; windowId: number }> {
  const globals = globalThis as unknown as ExtensionGlobals;
  const api = globals.browser ?? globals.chrome;
  if (!api) throw new Error('no extension API here');
  if (!(await api.extension.isAllowedIncognitoAccess())) throw new Error('the extension is not allowed in private windows');
  const window = await api.windows.create({ url, incognito: true });
  const tab = window.tabs?.[0];
  if (!window.incognito || window.id === undefined || tab?.id === undefined || !tab.incognito) throw new Error(`not a private window: ${JSON.stringify(window)}`);
  return { tabId: tab.id, windowId: window.id };
}

/** Runs in the extension: closes a window. */
export async function closeWindowInExtension(windowId: number): Promise<void> {
  const globals = globalThis as unknown as ExtensionGlobals;
  const api = globals.browser ?? globals.chrome;
  if (!api) throw new Error('no extension API here');
  await api.windows.remove(windowId);
}

/**
 * Runs in one of the extension's own pages (the background answers library requests from
 * nowhere else): asks the background's library, as the options page does.
 */
export async function libraryInExtension(op: LibraryOp): Promise<LibraryResponse> {
  const globals = globalThis as unknown as ExtensionGlobals;
  const api = globals.browser ?? globals.chrome;
  if (!api) throw new Error('no extension API here');
  return (await api.runtime.sendMessage({ type: 'crossquote/library', ...op })) as LibraryResponse;
}
