// Pages where extensions cannot run are named in words.
import { describe, expect, it } from 'vitest';
import { unsupportedPageReason } from '../../utils/report/unsupportedPageReason';

describe('unsupportedPageReason', () => {
  it.each([
    ['chrome://extensions/', /browser's own pages/],
    ['about:newtab', /browser's own pages/],
    ['edge://settings', /browser's own pages/],
    ['view-source:https://news.example/', /browser's own pages/],
    ['https://chromewebstore.google.com/detail/x/abc', /add-on stores/],
    ['https://chrome.google.com/webstore/category/extensions', /add-on stores/],
    ['https://addons.mozilla.org/en-GB/firefox/', /add-on stores/],
    ['file:///home/me/page.html', /file on your computer/],
    ['https://gov.example/report.pdf', /PDF/],
    ['https://gov.example/report.PDF?download=1', /PDF/],
  ])('%s', (url, reason) => {
    expect(unsupportedPageReason(url)).toMatch(reason);
  });

  it.each([['https://news.sky.example/story/1'], ['http://localhost:8080/page.html'], [undefined]])('has nothing against %s', (url) => {
    expect(unsupportedPageReason(url)).toBeNull();
  });
});
