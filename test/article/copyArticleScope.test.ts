// Readability reads a copy of just the article's part of the page. Extraction must find the
// same article through it as through a copy of the whole page, on far fewer elements, and
// fall back to the whole page when the part would leave prose out.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { copyArticleScope, copyWholePage } from '../../utils/article/copyArticleScope';
import { extractArticle } from '../../utils/article/extractArticle';
import { readPageFacts } from '../../utils/article/readPageFacts';
import { detectArticle } from '../../utils/article/detectArticle';
import { fixtureNames, loadFixture } from './loadFixture';
import { REPORT_BODY, esc } from './makePage';

const articles = fixtureNames().filter((name) => detectArticle(loadFixture(name).doc).isArticle);

describe.each(articles)('copyArticleScope on fixture %s', (name) => {
  it('extracts the same article as a copy of the whole page would', () => {
    const { doc } = loadFixture(name);
    const scoped = extractArticle(doc);
    expect(scoped).not.toBeNull();
    expect(scoped).toEqual(extractArticle(doc, undefined, copyWholePage));
  });
});

describe('copyArticleScope', () => {
  const page = (body: string): Document =>
    new JSDOM(
      `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><title>Starmer asks for a US backstop</title>
<meta property="og:site_name" content="Example News"><meta name="viewport" content="width=device-width"><meta property="og:image" content="/lead.jpg"><meta name="author" content="Jane Doe"><script>window.tracker = 1</script><style>p{color:red}</style>
<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>${body}</body></html>`,
      { url: 'https://news.example/world/starmer-backstop' },
    ).window.document;
  const nav = `<header><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</nav></header>`;
  const footer = `<footer><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/f${i}">Footer link ${i}</a></li>`).join('')}</ul></footer>`;
  const copyOf = (doc: Document) => {
    const facts = readPageFacts(doc);
    return copyArticleScope(doc, facts.prose.container, facts.scan.paragraphs);
  };

  it('copies only the <article> around the prose, with the title, metadata and language', () => {
    const doc = page(`${nav}<main><article><h1>Starmer asks for a US backstop</h1><div class="body">${REPORT_BODY}</div></article></main>${footer}`);
    const copy = copyOf(doc);
    expect(copy.scoped).toBe(true);
    expect(copy.doc.getElementsByTagName('*').length).toBeLessThan(doc.getElementsByTagName('*').length / 2);
    expect(copy.doc.body.firstElementChild?.localName).toBe('article');
    expect(copy.main?.className).toBe('body');
    expect(copy.doc.title).toBe('Starmer asks for a US backstop');
    expect(copy.doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('Example News');
    expect(copy.doc.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Jane Doe');
    // Metadata Readability never reads stays behind.
    expect(copy.doc.querySelector('meta[name="viewport"], meta[property="og:image"]')).toBeNull();
    expect(copy.doc.documentElement.getAttribute('lang')).toBe('en-GB');
    // Scripts and styles are left behind; Readability would only remove them again.
    expect(copy.doc.querySelectorAll('script, style')).toHaveLength(0);
  });

  it('leaves out furniture, comments and blank text between blocks, but keeps the spaces between words', () => {
    const doc = page(
      `${nav}<article><div class="social share-tools"><a href="#">Share on X</a></div>\n  <figure><img src="a.jpg"><figcaption>Photo: AFP</figcaption></figure>\n` +
        `<div class="entry-content share-enabled">${REPORT_BODY}\n<!-- ad -->\n<p><a href="/a">Macron</a> <a href="/b">Starmer</a> <em>and</em> Scholz</p>\n<pre>  two\n  lines</pre></div></article>${footer}`,
    );
    const copy = copyOf(doc);
    const body = copy.doc.body;
    // The prose container is kept even though one of its classes names a furniture kind.
    expect(copy.main?.className).toBe('entry-content share-enabled');
    expect(body.textContent).not.toContain('Share on X');
    expect(body.textContent).not.toContain('Photo: AFP');
    expect(body.querySelector('img, figure, nav')).toBeNull();
    const walker = copy.doc.createTreeWalker(body, 0x80);
    expect(walker.nextNode()).toBeNull();
    const blankBetweenBlocks = [...(copy.main?.childNodes ?? [])].filter((n) => n.nodeType === 3 && !n.textContent?.trim());
    expect(blankBetweenBlocks).toEqual([]);
    expect(copy.main?.querySelector('p:last-of-type')?.textContent).toBe('Macron Starmer and Scholz');
    expect(copy.main?.querySelector('pre')?.textContent).toBe('  two\n  lines');
  });

  it('never changes the page it copies', () => {
    const doc = page(`${nav}<article><div class="body">${REPORT_BODY}</div></article>${footer}`);
    const before = doc.documentElement.outerHTML;
    const copy = copyOf(doc);
    new Readability(copy.doc).parse();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('takes the prose container’s parent when there is no <article> or <main>', () => {
    const doc = page(`${nav}<div id="page"><div class="headline"><h1>Starmer asks for a US backstop</h1></div><div class="story">${REPORT_BODY}</div></div>${footer}`);
    const copy = copyOf(doc);
    expect(copy.scoped).toBe(true);
    expect(copy.doc.body.firstElementChild?.id).toBe('page');
    expect(copy.doc.querySelector('h1')?.textContent).toBe('Starmer asks for a US backstop');
  });

  it('copies the whole page when the scope would leave much of the prose out', () => {
    const half = REPORT_BODY.split('\n');
    const cut = Math.floor(half.length / 2);
    const doc = page(
      `${nav}<article><div class="part-one">${half.slice(0, cut).join('\n')}</div></article><section><div class="part-two">${half.slice(cut).join('\n')}</div></section>${footer}`,
    );
    const copy = copyOf(doc);
    expect(copy.scoped).toBe(false);
    expect(copy.doc.querySelector('.part-one')).not.toBeNull();
    expect(copy.doc.querySelector('.part-two')).not.toBeNull();
  });

  it('copies the whole page when the prose sits straight in <body>, or there is none', () => {
    const bare = page(REPORT_BODY);
    expect(copyOf(bare).scoped).toBe(false);
    const empty = page(`<p>${esc('Too short.')}</p>`);
    const copy = copyOf(empty);
    expect(copy.scoped).toBe(false);
    expect(copy.main).toBeNull();
  });
});
