import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/article/extractArticle';
import { fixtureNames, hasExpectation, loadFixture } from './loadFixture';
import { REPORT_BODY, makePage } from './makePage';

describe('extractArticle leaves the live page untouched', () => {
  it.each(fixtureNames().filter(hasExpectation))('%s', (name) => {
    const { dom } = loadFixture(name);
    const before = dom.serialize();
    extractArticle(dom.window.document);
    expect(dom.serialize()).toBe(before);
  });
});

describe('extractArticle', () => {
  it('returns null, without throwing, when there is nothing to extract', () => {
    expect(extractArticle(new JSDOM('').window.document)).toBeNull();
    expect(extractArticle(new JSDOM('').window.document.implementation.createDocument(null, null))).toBeNull();
    expect(extractArticle(new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>', { contentType: 'image/svg+xml' }).window.document)).toBeNull();
  });

  it('returns paragraphs, not run-together text: one per <p>, <li>, <h2>, <blockquote>', () => {
    const doc = makePage({
      body: `<article><h1>Title</h1>${REPORT_BODY}<h2>What happens next</h2><ul><li>Talks in Riyadh on Tuesday between the two delegations, the first in years.</li><li>A visit to Washington by the prime minister next week, his first since January.</li></ul><blockquote><p>“We will see,” one diplomat said of the talks, with a shrug.</p></blockquote></article>`,
    });
    const paragraphs = extractArticle(doc)?.text.split('\n\n') ?? [];
    expect(paragraphs).toContain('What happens next');
    expect(paragraphs).toContain('Talks in Riyadh on Tuesday between the two delegations, the first in years.');
    expect(paragraphs).toContain('“We will see,” one diplomat said of the talks, with a shrug.');
    expect(paragraphs.every((p) => p === p.trim() && !p.includes('\n'))).toBe(true);
  });

  it('splits paragraphs separated only by <br><br>, and collapses source line wrapping', () => {
    const doc = makePage({
      head: '<meta property="og:type" content="article">',
      body: `<div class="entry">${'First paragraph of a blog post that uses line breaks\n   instead of paragraph elements, as old templates do.<br><br>'.repeat(6)}</div>`,
    });
    const paragraphs = extractArticle(doc)?.text.split('\n\n') ?? [];
    expect(paragraphs.length).toBe(6);
    expect(paragraphs[0]).toBe('First paragraph of a blog post that uses line breaks instead of paragraph elements, as old templates do.');
  });

  it('keeps non-breaking spaces and typographic quotes exactly', () => {
    const para = 'Sir Keir said the “US backstop” was needed\u00a0– and that Britain’s forces could go.';
    const doc = makePage({ head: '<meta property="og:type" content="article">', body: `<article>${REPORT_BODY}<p>${para}</p></article>` });
    expect(extractArticle(doc)?.text.split('\n\n')).toContain(para);
  });

  it('reads metadata from JSON-LD before meta tags and the page', () => {
    const doc = makePage({
      lang: '',
      head:
        '<meta property="og:site_name" content="OG Site"><meta property="og:locale" content="en_GB"><meta name="author" content="Meta Author">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"JSON Headline","datePublished":"2025-02-17T19:32:00+0000","author":{"name":"Jay Son"}}</script>',
      body: `<article><h1>Visible headline</h1>${REPORT_BODY}</article>`,
    });
    expect(extractArticle(doc)).toMatchObject({ title: 'JSON Headline', siteName: 'OG Site', byline: 'Jay Son', published: '2025-02-17T19:32:00+00:00', lang: 'en-GB' });
  });
});
