// The few extension APIs the drivers call inside the browser (in the service worker or an
// extension page), typed here because the project has no @types/chrome.
import type { ReportState } from '../../../utils/messages';

export interface ExtensionApi {
  tabs: {
    create(options: { url: string; active?: boolean }): Promise<{ id?: number }>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    update(tabId: number, options: { active?: boolean }): Promise<unknown>;
  };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** Extension globals in the browser: `chrome` (Chromium) or `browser` (Firefox). */
export type ExtensionGlobals = { chrome?: ExtensionApi; browser?: ExtensionApi };

export type { ReportState };

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
