// The popup's ReportSource over browser APIs: asks the tab's content script for its report,
// and opens extension pages in tabs. Needs no permission: tabs.sendMessage and tabs.create
// need none, and a tab's URL is only used to explain pages where extensions cannot run.
import { browser } from 'wxt/browser';
import { isHighlightResponse, isReportState, type ReportState } from '../../utils/messages';
import type { ReportSource } from '../../utils/report/reportSource';
import { unsupportedPageReason } from '../../utils/report/unsupportedPageReason';

export function browserReportSource(options: { focusTabOnHighlight: boolean }): ReportSource {
  return {
    async getReport(tabId: number): Promise<ReportState> {
      let tab: { url?: string; status?: string } | null = null;
      try {
        tab = await browser.tabs.get(tabId);
      } catch {
        return { state: 'unsupported', message: 'That tab has been closed.' };
      }
      const reason = unsupportedPageReason(tab.url);
      if (reason) return { state: 'unsupported', message: reason };
      try {
        const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'crossquote/get-report' });
        if (isReportState(answer)) return answer;
        return { state: 'failed', message: "The page's answer was not one Crossquote understands." };
      } catch {
        // No content script answered: the page is still loading, or is one extensions cannot run on,
        // or was open before Crossquote was installed or updated.
        if (tab.status === 'loading') return { state: 'analysing' };
        if (tab.url && /^https?:/i.test(tab.url)) {
          return {
            state: 'unsupported',
            message:
              'Crossquote has not read this page. If it was open before Crossquote was installed or updated, reload it; some pages do not let extensions run at all.',
          };
        }
        return {
          state: 'unsupported',
          message:
            "Crossquote can't read this page. Browsers keep extensions out of their own pages (settings, new tab, about: pages), the add-on stores and PDF documents.",
        };
      }
    },
    async highlight(tabId: number, quoteId: string | null): Promise<boolean> {
      try {
        const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'crossquote/highlight', quoteId });
        const found = isHighlightResponse(answer) && answer.found;
        if (found && quoteId !== null && options.focusTabOnHighlight) await browser.tabs.update(tabId, { active: true });
        return found;
      } catch {
        return false;
      }
    },
    async openReader(docId: string): Promise<void> {
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?doc=${encodeURIComponent(docId)}`) });
    },
    async openInTab(tabId: number): Promise<void> {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
      window.close();
    },
  };
}
