// The popup, and the same report full-size as popup.html?tabId=N ("Open in tab", and tests).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { createBrowserReportSource } from '../../utils/report/createBrowserReportSource';
import { LibraryConsent } from '../../components/LibraryConsent';
import { isLibraryResponse, type LibraryResponse } from '../../utils/messages';
import type { LibraryOp } from '../../utils/library/libraryMessages';
import '../../components/report.css';

async function tabToReport(): Promise<{ tabId: number | null; fullPage: boolean }> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return { tabId: Number(param), fullPage: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, fullPage: false };
}

const root = document.getElementById('app');
if (root) {
  void tabToReport().then(({ tabId, fullPage }) => {
    document.documentElement.classList.toggle('full', fullPage);
    const source = createBrowserReportSource(browser, { focusTabOnHighlight: fullPage, closeWindow: () => window.close() });
    const sendLibrary = async (op: LibraryOp): Promise<LibraryResponse> => {
      const answer: unknown = await browser.runtime.sendMessage({ type: 'crossquote/library', ...op }).catch(() => null);
      return isLibraryResponse(answer) ? answer : { ok: false, message: 'The library could not be reached.' };
    };
    render(
      <>
        <Popup source={source} tabId={tabId} fullPage={fullPage} />
        <LibraryConsent send={sendLibrary} />
      </>,
      root,
    );
  });
}
