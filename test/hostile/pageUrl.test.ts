// The page URL the popup shows and links to comes from the page (canonical, og:url): a hostile
// page must not get a javascript: or data: URL through.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readPage } from '../../utils/analyze';

const page = readFileSync(new URL('../fixtures/corpus-002-newspaper/page.html', import.meta.url), 'utf8')
  .replace(/<link rel="canonical"[^>]*>/g, '')
  .replace(/<meta property="og:url"[^>]*>/g, '');

describe("a page's own URL claims", () => {
  it.each([
    '<link rel="canonical" href="javascript:alert(1)">',
    '<link rel="canonical" href="  JAVASCRIPT:alert(1)">',
    '<meta property="og:url" content="javascript:alert(document.cookie)">',
    '<meta property="og:url" content="data:text/html,<script>alert(1)</script>">',
    '<link rel="canonical" href="vbscript:msgbox(1)">',
  ])('%s is not taken as the page URL', (head) => {
    const doc = new JSDOM(page.replace('</head>', `${head}</head>`), { url: 'https://news.example/story' }).window.document;
    const result = readPage(doc);
    expect(result.isArticle).toBe(true);
    expect(result.url).toBe('https://news.example/story');
  });
});
