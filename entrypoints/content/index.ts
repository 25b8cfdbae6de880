// Content script: reads the page after it is idle, asks the background to compare it with the
// corpus, keeps the report for the popup, highlights a quote when the popup asks, and reads
// again when a single-page site navigates. Logic: utils/report/createContentReporter.ts.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { readPageInSteps } from '../../utils/pipeline/readPage';
import { looksLikeArticleCandidate } from '../../utils/article/looksLikeArticleCandidate';
import { startContentScript } from '../../utils/report/startContentScript';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    startContentScript(browser, window, { readPage: readPageInSteps, preCheck: looksLikeArticleCandidate });
  },
});
