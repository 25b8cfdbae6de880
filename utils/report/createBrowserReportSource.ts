// The popup's ReportSource over browser APIs: asks the tab's content script for its report,
// and opens extension pages in tabs. Needs no permission: tabs.sendMessage and tabs.create
// need none, and a tab's URL (when the browser shows it) only explains pages where extensions
// cannot run.
import { isHighlightResponse, isReportState, type ReportState } from '../messages';
import type { ReportSource } from './reportSource';
import { unsupportedPageReason } from './unsupportedPageReason';

/** The browser APIs the popup uses; the real `browser` and WXT's fake browser both fit. */
export interface PopupApi {
  tabs: {
    get(tabId: number): Promise<{ url?: string; status?: string }>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    create(properties: { url: string }): Promise<unknown>;
    update(tabId: number, properties: { active: boolean }): Promise<unknown>;
  };
  runtime: { getURL(path: string): string };
}

export interface BrowserReportSourceOptions {
  /** In the full-tab report, showing a quote also switches to the page's tab. */
  focusTabOnHighlight: boolean;
  /** Closes the popup (after "Open in tab"). */
  closeWindow: () => void;
}

export const NOT_READ_YET =
  'Crossquote has not read this page. If it was open before Crossquote was installed or updated, reload it; some pages do not let extensions run at all.';
export const CANNOT_RUN =
  "Crossquote can't read this page. Browsers keep extensions out of their own pages (settings, new tab, about: pages), the add-on stores and PDF documents.";

export function createBrowserReportSource(api: PopupApi, options: BrowserReportSourceOptions): ReportSource {
  return {
    async getReport(tabId) {
      let tab: { url?: string; status?: string } | undefined;
      try {
        tab = await api.tabs.get(tabId);
      } catch {
        tab = undefined;
      }
      if (!tab) return { state: 'unsupported', message: 'That tab has been closed.' };
      const reason = unsupportedPageReason(tab.url);
      if (reason) return { state: 'unsupported', message: reason };
      try {
        const answer: unknown = await api.tabs.sendMessage(tabId, { type: 'crossquote/get-report' });
        if (isReportState(answer)) return answer;
        return { state: 'failed', message: "The page's answer was not one Crossquote understands." } satisfies ReportState;
      } catch {
        // No content script answered: the page is still loading, or extensions cannot run on it,
        // or it was open before Crossquote was installed or updated.
        if (tab.status === 'loading') return { state: 'analysing' };
        return { state: 'unsupported', message: tab.url && /^https?:/i.test(tab.url) ? NOT_READ_YET : CANNOT_RUN };
      }
    },
    async highlight(tabId, quoteId) {
      try {
        const answer: unknown = await api.tabs.sendMessage(tabId, { type: 'crossquote/highlight', quoteId });
        const found = isHighlightResponse(answer) && answer.found;
        if (found && quoteId !== null && options.focusTabOnHighlight) await api.tabs.update(tabId, { active: true });
        return found;
      } catch {
        return false;
      }
    },
    async openReader(docId) {
      await api.tabs.create({ url: api.runtime.getURL(`/reader.html?doc=${encodeURIComponent(docId)}`) });
    },
    async openInTab(tabId) {
      await api.tabs.create({ url: api.runtime.getURL(`/popup.html?tabId=${tabId}`) });
      options.closeWindow();
    },
  };
}
