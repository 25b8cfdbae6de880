// Background: holds the corpus index and compares what content scripts read with it; sets the
// toolbar badge; serves corpus texts to the reader view. Logic: utils/report/createBackgroundHandler.ts.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
// As text, so it is parsed (and checked) only when first needed, and a damaged file is an
// answer the popup can show rather than a background that fails to start.
import indexText from '../.generated/corpus-index.json?raw';
import { startBackground } from '../utils/report/startBackground';

export default defineBackground(() => {
  startBackground(browser, () => indexText);
});
