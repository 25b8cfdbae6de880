import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { looksLikeArticleCandidate } from '../../utils/article/looksLikeArticleCandidate';
import { REPORT_BODY, jsonLd, makePage } from './makePage';

const long = 'A sentence long enough to count as a paragraph of real prose, going on for well over a hundred and twenty characters in total.';

describe('looksLikeArticleCandidate', () => {
  it.each([
    ['og:type article', '<meta property="og:type" content="article">', '<p>x</p>'],
    ['article:published_time', '<meta property="article:published_time" content="2025-02-17">', '<p>x</p>'],
    ['JSON-LD NewsArticle', jsonLd('{"@type":"NewsArticle"}'), '<p>x</p>'],
    ['JSON-LD type as URL in @graph', jsonLd('{"@graph":[{"@type":"WebPage"},{"@type":["http://schema.org/BlogPosting"]}]}'), '<p>x</p>'],
    ['an <article> element', '', '<article><p>x</p></article>'],
    ['microdata: a body marked itemprop=articleBody', '', '<div itemprop="articleBody"><p>x</p></div>'],
    ['microdata: an itemscope of type BlogPosting', '', '<div itemscope itemtype="http://schema.org/BlogPosting"><p>x</p></div>'],
    ['three long paragraphs', '', `<p>${long}</p><p>${long}</p><p>${long}</p>`],
    ['a whole report', '', REPORT_BODY],
  ])('worth a closer look: %s', (_name, head, body) => {
    expect(looksLikeArticleCandidate(makePage({ head, body }))).toBe(true);
  });

  it.each([
    ['a page with two short paragraphs', '<meta property="og:type" content="website">', '<p>Hello.</p><p>World.</p>'],
    ['a WebSite JSON-LD', jsonLd('{"@type":"WebSite"}'), '<ul><li><a href="/">Home</a></li></ul>'],
    ['microdata of a site header only', '', '<header itemscope itemtype="http://schema.org/WPHeader"><a href="/">Home</a></header>'],
    ['long paragraphs beyond the scan limit only', '', `${'<p>short</p>'.repeat(80)}<p>${long}</p><p>${long}</p><p>${long}</p>`],
  ])('not a candidate: %s', (_name, head, body) => {
    expect(looksLikeArticleCandidate(makePage({ head, body }))).toBe(false);
  });

  it('is false, not an error, for empty and non-HTML documents', () => {
    expect(looksLikeArticleCandidate(new JSDOM('').window.document)).toBe(false);
    expect(looksLikeArticleCandidate(new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"/>', { contentType: 'image/svg+xml' }).window.document)).toBe(false);
    expect(looksLikeArticleCandidate(new JSDOM('').window.document.implementation.createDocument(null, null))).toBe(false);
  });
});
