// Content script: reads the page after it is idle, asks the background to compare it with the
// corpus, keeps the report for the popup, highlights a quote when the popup asks, and reads
// again when a single-page site navigates. Logic: utils/report/createContentReporter.ts.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { readPage } from '../../utils/analyze';
import { createContentReporter } from '../../utils/report/createContentReporter';
import { quickArticleCheck } from '../../utils/report/quickArticleCheck';
import { waitForIdle } from '../../utils/report/waitForIdle';
import { watchNavigation } from '../../utils/report/watchNavigation';

/** After a single-page navigation, give the site a moment to render the new article. */
const SETTLE_MS = 800;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const reporter = createContentReporter({
      doc: document,
      extensionId: browser.runtime.id,
      readPage: (doc) => readPage(doc),
      preCheck: quickArticleCheck,
      waitForIdle: () => waitForIdle(window),
      sendToBackground: (message) => browser.runtime.sendMessage(message),
      smoothScroll: () => !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
    browser.runtime.onMessage.addListener(((message: unknown, sender: { id?: string }) =>
      reporter.handleMessage(message, sender)) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

    let settle: ReturnType<typeof setTimeout> | undefined;
    watchNavigation(window, () => {
      reporter.reset();
      clearTimeout(settle);
      settle = setTimeout(() => void reporter.run(), SETTLE_MS);
    });
    void reporter.run();
  },
});
