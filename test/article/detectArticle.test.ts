import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/article/detectArticle';
import { extractArticle } from '../../utils/article/extractArticle';
import { REPORT_BODY, jsonLd, makePage } from './makePage';

const bodyInDiv = `<div class="story-body">${REPORT_BODY}</div>`;

describe('detectArticle: each signal that speaks for an article', () => {
  it.each([
    ['JSON-LD NewsArticle', jsonLd('{"@context":"https://schema.org","@type":"NewsArticle","headline":"H"}'), bodyInDiv, 'JSON-LD NewsArticle'],
    ['JSON-LD ReportageNewsArticle', jsonLd('{"@type":"ReportageNewsArticle"}'), bodyInDiv, 'JSON-LD ReportageNewsArticle'],
    ['JSON-LD Article', jsonLd('{"@type":"Article"}'), bodyInDiv, 'JSON-LD Article'],
    ['JSON-LD BlogPosting', jsonLd('{"@type":"BlogPosting"}'), bodyInDiv, 'JSON-LD BlogPosting'],
    ['JSON-LD type as a URL', jsonLd('{"@type":"http://schema.org/NewsArticle"}'), bodyInDiv, 'JSON-LD NewsArticle'],
    ['JSON-LD type list', jsonLd('{"@type":["NewsArticle","Article"]}'), bodyInDiv, 'JSON-LD NewsArticle/Article'],
    ['JSON-LD inside @graph', jsonLd('{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle"}]}'), bodyInDiv, 'JSON-LD NewsArticle'],
    ['JSON-LD in a top-level array', jsonLd('[{"@type":"BreadcrumbList"},{"@type":"NewsArticle"}]'), bodyInDiv, 'JSON-LD NewsArticle'],
    ['JSON-LD wrapped in CDATA', jsonLd('//<![CDATA[\n{"@type":"NewsArticle"}\n//]]>'), bodyInDiv, 'JSON-LD NewsArticle'],
    ['JSON-LD wrapped in an HTML comment', jsonLd('<!--\n{"@type":"NewsArticle"}\n-->'), bodyInDiv, 'JSON-LD NewsArticle'],
    ['JSON-LD with a trailing comma', jsonLd('{"@type":"NewsArticle","headline":"H",}'), bodyInDiv, 'JSON-LD NewsArticle'],
    ['og:type article', '<meta property="og:type" content="article">', bodyInDiv, 'og:type article'],
    ['article:published_time', '<meta property="article:published_time" content="2025-02-17T19:32:00Z">', bodyInDiv, 'a publication time'],
    ['an <article> element', '', `<article>${REPORT_BODY}</article>`, 'an <article> element'],
    ['a byline', '', `<div class="story"><p class="byline">By Jane Smith</p>${bodyInDiv}</div>`, 'a byline'],
    ['a meta author', '<meta name="author" content="Jane Smith">', bodyInDiv, 'a byline'],
    [
      'microdata: an itemscope of type NewsArticle around the body',
      '',
      `<div itemscope itemtype="https://schema.org/NewsArticle">${bodyInDiv}</div>`,
      'microdata marking its body as an article',
    ],
    ['microdata: the body marked itemprop=articleBody', '', `<div itemprop="articleBody">${REPORT_BODY}</div>`, 'microdata marking its body as an article'],
  ])('%s', (_name, head, body, signal) => {
    const detection = detectArticle(makePage({ head, body }));
    expect(detection.isArticle, detection.reason).toBe(true);
    expect(detection.signals).toContain(signal);
    expect(detection.reason).toContain(signal);
  });

  it('with no signal at all, long prose still reads as an article (Readability decides)', () => {
    const detection = detectArticle(makePage({ body: bodyInDiv }));
    expect(detection.isArticle).toBe(true);
    expect(detection.signals).toEqual([]);
    expect(detection.reason).toMatch(/reads like an article/);
  });

  it('JSON-LD that cannot be repaired is ignored, not fatal', () => {
    const detection = detectArticle(makePage({ head: jsonLd('{"@type": "NewsArticle", headline: oops'), body: bodyInDiv }));
    expect(detection.isArticle).toBe(true);
    expect(detection.signals).toEqual([]);
  });

  it('an ItemList of NewsArticles (a front page) is not the page declaring itself an article', () => {
    const list = '{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle"}}]}';
    const detection = detectArticle(makePage({ head: jsonLd(list), body: bodyInDiv }));
    expect(detection.signals.join(' ')).not.toContain('JSON-LD');
  });
});

describe('detectArticle: article bodies not marked up as <p>', () => {
  // REPORT_BODY's paragraphs as loose text: split by <br><br>, with no <p> element at all.
  const looseText = REPORT_BODY.replace(/<\/p>\s*<p>/g, '<br><br>').replace(/<\/?p>/g, '');
  it.each([
    ['in a <div>', `<div class="story-text">${looseText}</div>`],
    ['in a <section> (which Readability\'s reader check does not score)', `<section class="article-page">${looseText}</section>`],
    ['in a <div> inside a page-wide <form>', `<form action="/page.aspx"><article><div>${looseText}</div></article></form>`],
  ])('a declared article with its body as line-broken text %s', (_where, body) => {
    const detection = detectArticle(makePage({ head: jsonLd('{"@type":"NewsArticle"}'), body }));
    expect(detection.isArticle, detection.reason).toBe(true);
  });

  // A short post: Readability's reader check decides, and it used to see only the <p> version.
  const shortPost = [
    'The footbridge over the canal at Lock Lane will reopen on Monday after six weeks of repairs to its deck and railings, the council said.',
    'Engineers found rot in a dozen of the oak boards last winter and closed the bridge in October, sending walkers a mile round by the road bridge.',
    'Cyclists will still have to dismount while the new surface settles, and the lighting will follow in spring.',
  ];
  // Four lines of about 85 characters: enough text, but no paragraph long enough to read as a body.
  const choppyPost = [
    'Bridge reopens Monday. Deck and railings were repaired over six weeks, the council s',
    'Rot was found in the oak boards last winter. The bridge had been shut since October.',
    'Walkers were sent a mile round by the road bridge while the work went on, they said.',
    'Cyclists must dismount for now. New lights follow in spring, according to the notice.',
  ];
  const asP = (lines: string[]): string => `<div class="post-body">${lines.map((line) => `<p>${line}</p>`).join('')}</div>`;
  // A blog editor's markup: one <div><span> per paragraph, the line break inside the span.
  const asSpanDivs = (lines: string[]): string =>
    `<div class="post-body">${lines.map((line) => `<div><span style="font-size: small;">${line}<br></span></div><div><span> </span></div>`).join('')}</div>`;
  it.each([
    ['a short post in <p>', asP(shortPost), true],
    ['the same post as <div><span> paragraphs', asSpanDivs(shortPost), true],
    ['choppy short lines in <p>', asP(choppyPost), false],
    ['the same choppy lines as <div><span> paragraphs', asSpanDivs(choppyPost), false],
  ])('a declared short post: %s', (_name, body, isArticle) => {
    const detection = detectArticle(makePage({ head: jsonLd('{"@type":"BlogPosting"}'), body }));
    expect(detection.isArticle, detection.reason).toBe(isArticle);
    if (!isArticle) expect(detection.reason).toContain('does not read as continuous article text');
  });
});

describe('detectArticle: the url', () => {
  it.each([
    ['canonical first', '<link rel="canonical" href="https://a.example/story"><meta property="og:url" content="https://b.example/x">', undefined, 'https://a.example/story'],
    ['og:url without canonical', '<meta property="og:url" content="https://b.example/x">', undefined, 'https://b.example/x'],
    ['relative canonical resolved', '<link rel="canonical" href="/story/1">', 'https://c.example/story/1?utm=x', 'https://c.example/story/1'],
    ['JSON-LD url', jsonLd('{"@type":"NewsArticle","url":"https://d.example/n"}'), undefined, 'https://d.example/n'],
    ['document address when nothing is stated', '', 'https://e.example/page', 'https://e.example/page'],
    ['no address at all', '', undefined, null],
    ['javascript: is no address', '<link rel="canonical" href="javascript:alert(1)">', undefined, null],
  ])('%s', (_name, head, url, expected) => {
    expect(detectArticle(makePage({ head, body: bodyInDiv, url })).url).toBe(expected);
  });
});

const headlineCards = Array.from(
  { length: 12 },
  (_, i) => `<div class="card"><h3><a href="/story/${i}">Headline number ${i} about a story somewhere in the world</a></h3><p>A short teaser line for story ${i}, which goes on a little.</p></div>`,
).join('');

describe('detectArticle: newsy pages that are not articles', () => {
  it.each([
    ['a front page of headlines', '<meta property="og:type" content="website"><link rel="canonical" href="https://n.example/">', headlineCards, 'front page'],
    ['a section front', '<link rel="canonical" href="https://n.example/world">', headlineCards, 'section front'],
    ['a search results page (JSON-LD)', jsonLd('{"@type":"SearchResultsPage"}'), headlineCards, 'search results'],
    [
      'a search results page (by its shape)',
      '',
      `<form role="search"><input type="search" name="q" value="starmer"></form><h1>Search results</h1><p>12 results for starmer</p><ol>${headlineCards}</ol>`,
      'search results',
    ],
    ['a forum thread (JSON-LD)', jsonLd('{"@type":"DiscussionForumPosting","headline":"Thread"}'), bodyInDiv, 'forum thread'],
    [
      'a forum thread (posts, the article pasted in a quote)',
      '',
      `<div class="post" data-author="a"><blockquote>${REPORT_BODY}</blockquote><p>Thoughts?</p></div><div class="post" data-author="b"><p>Interesting.</p></div><div class="post" data-author="c"><p>Indeed.</p></div>`,
      'forum thread',
    ],
    [
      'a forum thread in microdata (the pasted article in a post of type DiscussionForumPosting, the page marked Article)',
      '',
      `<div itemscope itemtype="https://schema.org/Article"><div class="post" itemscope itemtype="https://schema.org/DiscussionForumPosting" data-author="a"><blockquote>${REPORT_BODY}</blockquote></div><div class="post" data-author="b"><p>Interesting.</p></div><div class="post" data-author="c"><p>Indeed.</p></div></div>`,
      'forum thread',
    ],
    ['a shop page (og:type product)', '<meta property="og:type" content="product">', bodyInDiv, 'shop page'],
    ['a shop page (JSON-LD Product)', jsonLd('{"@type":"Product","name":"Book"}'), bodyInDiv, 'shop page'],
    ['a shop page (basket button and price)', '', `<p class="price">£22.00</p><button>Add to basket</button>${bodyInDiv}`, 'shop page'],
    [
      'an encyclopedia entry labelled Article',
      `${jsonLd('{"@type":"Article","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."}}')}`,
      `<div id="toc">Contents</div>${bodyInDiv}<sup class="reference">[1]</sup><sup class="reference">[2]</sup><sup class="reference">[3]</sup><h2>References</h2>`,
      'encyclopedia',
    ],
    ['a sign-in page', '', '<h1>Sign in</h1><form><input type="email"><input type="password"><button>Sign in</button></form>', 'sign-in page'],
    ['a profile page', jsonLd('{"@type":"ProfilePage"}'), bodyInDiv, 'profile page'],
    ['a page of short paragraphs', '<meta property="og:type" content="article">', '<p>One short paragraph of some forty characters or so.</p>', 'too little body text'],
    ['a page with text but no paragraphs', '', '<div>A line of text.</div><div>Another short one.</div>', 'no paragraphs'],
    ['a page with one line of text in a div', '', '<div>Just a line of text in a div, nothing more.</div>', 'too little body text'],
  ])('%s', (_name, head, body, reasonPart) => {
    const detection = detectArticle(makePage({ head, body }));
    expect(detection.isArticle).toBe(false);
    expect(detection.reason).toContain(reasonPart);
  });
});

describe('detectArticle: articles that carry non-article parts stay articles', () => {
  it.each([
    [
      'a comment thread under the article',
      '<meta property="og:type" content="article">',
      `<article>${bodyInDiv}</article><section class="comments"><div class="comment" data-author="a"><p>First comment, which is long enough to count as a paragraph.</p></div><div class="comment" data-author="b"><p>Second comment, which is long enough to count as a paragraph.</p></div><div class="comment" data-author="c"><p>Third comment, which is long enough to count as a paragraph too.</p></div></section>`,
    ],
    ['a paywall sign-in box', '<meta property="og:type" content="article">', `${bodyInDiv}<form class="paywall"><input type="password"><button>Sign in</button></form>`],
    ['a review of a product', jsonLd('[{"@type":"NewsArticle"},{"@type":"Product","name":"Phone"}]'), bodyInDiv],
    ['a long related list after the body', '<meta property="og:type" content="article">', `${bodyInDiv}<ul class="related">${headlineCards}</ul>`],
  ])('%s', (_name, head, body) => {
    const detection = detectArticle(makePage({ head, body }));
    expect(detection.isArticle, detection.reason).toBe(true);
  });
});

describe('detectArticle: documents that are not pages never throw', () => {
  it('a document without a root element', () => {
    const doc = new JSDOM('').window.document.implementation.createDocument(null, null);
    expect(detectArticle(doc)).toMatchObject({ isArticle: false, reason: 'The document is empty.' });
  });
  it('an empty HTML document', () => {
    expect(detectArticle(new JSDOM('').window.document)).toMatchObject({ isArticle: false, reason: 'The document is empty.' });
  });
  it('an XML document', () => {
    const doc = new JSDOM('<?xml version="1.0"?><rss><channel><title>News</title></channel></rss>', { contentType: 'application/xml' }).window.document;
    const detection = detectArticle(doc);
    expect(detection.isArticle).toBe(false);
    expect(detection.reason).toContain('an XML document (<rss>)');
  });
  it('an SVG image', () => {
    const doc = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>', { contentType: 'image/svg+xml' }).window.document;
    expect(detectArticle(doc).reason).toContain('not a web page but an SVG image');
  });
  it('an XHTML article is still a web page', () => {
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>T</title><meta property="og:type" content="article"/></head><body><div>${REPORT_BODY.replace(/&/g, '&amp;')}</div></body></html>`;
    const doc = new JSDOM(xhtml, { contentType: 'application/xhtml+xml' }).window.document;
    expect(detectArticle(doc).isArticle).toBe(true);
  });
  it('a body with only scripts and an empty app root', () => {
    const doc = makePage({ body: '<div id="root"></div><script>var a = "lots of text that is not shown";</script>' });
    // makePage adds a header and footer with a little text: that is text, but no paragraphs of prose.
    expect(detectArticle(doc).isArticle).toBe(false);
    const bare = new JSDOM('<html><head><title>App</title></head><body><div id="root"></div><script>1</script></body></html>').window.document;
    expect(detectArticle(bare).reason).toBe('The page has no body text to read.');
  });
});

describe('detectArticle: SVG and XML read by an HTML parser (as the CLI does)', () => {
  it.each([
    ['an SVG chart', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>Spending</text></svg>', 'not a web page but an SVG image'],
    ['an RSS feed', '<?xml version="1.0"?><rss><channel><title>News</title><item><title>Headline</title></item></channel></rss>', 'not a web page but an XML document (<rss>)'],
  ])('%s', (_name, source, reason) => {
    const detection = detectArticle(new JSDOM(source).window.document);
    expect(detection.isArticle).toBe(false);
    expect(detection.reason).toContain(reason);
  });
});

describe('detectArticle: paragraphs wrapped one by one', () => {
  it('finds the body when every paragraph sits in its own wrapper block', () => {
    const wrapped = REPORT_BODY.split('\n')
      .map((p) => `<div data-component="text-block" class="ssrcss-text-block"><div class="ssrcss-rich-text">${p}</div></div>`)
      .join('');
    const doc = makePage({ head: '<meta property="og:type" content="article">', body: `<main><article>${wrapped}</article></main>` });
    const detection = detectArticle(doc);
    expect(detection.isArticle, detection.reason).toBe(true);
    expect(detection.reason).toContain('17 paragraphs');
    expect(extractArticle(doc)?.text.split('\n\n')).toHaveLength(17);
  });
});
