// Furniture stripping on every corpus text: each text is pasted into an article page with page
// furniture interleaved between its paragraphs; extraction must return exactly the real
// paragraphs, character for character, and none of the furniture.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/article/extractArticle';
import { corpusLines, esc, SKY_FURNITURE } from './makePage';

/** Furniture as it sits inside article bodies: some marked up by class, some plain paragraphs. */
const FURNITURE: Array<{ html: string; texts: string[] }> = [
  { html: '<figure><img src="/a.jpg" alt=""><figcaption>Image: Leaders arrive in Paris. Pic: Reuters</figcaption></figure>', texts: ['Leaders arrive in Paris'] },
  { html: '<p>Advertisement</p>', texts: ['Advertisement'] },
  {
    html: '<p><strong>Read more:</strong></p><p><a href="/a">Energy bills to rise again in April as cap goes up</a></p><p><a href="/b">Storm warning issued for north of England</a></p>',
    texts: ['Read more', 'Energy bills to rise', 'Storm warning issued'],
  },
  { html: '<p>Please use Chrome browser for a more accessible video player</p><p>Moment leaders arrive at the Elysee Palace</p>', texts: ['Please use Chrome', 'Moment leaders arrive'] },
  { html: '<div class="share-tools"><p>Share this article</p><a href="#">Facebook</a> <a href="#">X</a></div>', texts: ['Share this article', 'Facebook'] },
  { html: '<p>Sign up to our free daily briefing newsletter and get the news in your inbox</p>', texts: ['Sign up to our free'] },
  { html: '<p>Follow live: Markets react to the Paris summit</p>', texts: ['Markets react'] },
  { html: '<p>Photo by Jane Doe/AFP via Getty Images</p>', texts: ['Jane Doe'] },
  { html: '<div class="newsletter"><h3>The Morning Briefing</h3><p>Everything you need to know, every weekday at 7am.</p></div>', texts: ['Morning Briefing', 'every weekday at 7am'] },
  { html: '<div class="ad-slot"><p>ADVERTISEMENT</p></div>', texts: ['ADVERTISEMENT'] },
];

const TAIL = `<h3>You may also like</h3><ul><li><a href="/c">Train drivers vote to accept new pay offer</a></li><li><a href="/d">Hospital waiting lists fall for the first time in a year</a></li></ul>
<section class="comments"><h2>Comments (12)</h2><div class="comment"><p>A reader's comment that is long enough to look like a paragraph of text.</p></div></section>`;

function pageWithFurniture(paragraphs: string[]): string {
  const parts: string[] = [];
  paragraphs.forEach((line, i) => {
    parts.push(`<p>${esc(line)}</p>`);
    if (i % 2 === 1) parts.push(FURNITURE[Math.floor(i / 2) % FURNITURE.length]!.html);
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Paris summit | Example News</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Example News"></head>
<body><header><a href="/">Example News</a><nav><a href="/uk">UK</a> <a href="/world">World</a></nav></header>
<main><article><h1>Paris summit</h1><div class="article-body">${parts.join('\n')}${TAIL}</div></article></main>
<footer><p>© 2025 Example News Ltd</p></footer></body></html>`;
}

const sky = corpusLines('002').filter((line) => !SKY_FURNITURE.includes(line));
const CASES: Array<[string, string[], string[]]> = [
  // 000 carries its own furniture as plain lines (captions, "Follow live", "Read more", video
  // prompt, "Articles You May Like"); once stripped it is the Sky report, 002's real paragraphs.
  ['000', corpusLines('000'), sky],
  ['001', corpusLines('001'), corpusLines('001')],
  ['002', corpusLines('002'), sky],
  ['003', corpusLines('003'), corpusLines('003')],
  ['004', corpusLines('004'), corpusLines('004')],
];

describe.each(CASES)('corpus %s with furniture interleaved', (_id, lines, expected) => {
  const doc = new JSDOM(pageWithFurniture(lines)).window.document;
  const article = extractArticle(doc);

  it('keeps every real paragraph, character for character, in order', () => {
    expect(article?.text.split('\n\n')).toEqual(expected);
  });

  it('drops every piece of furniture', () => {
    const text = article?.text ?? '';
    for (const piece of FURNITURE.flatMap((f) => f.texts)) expect(text).not.toContain(piece);
    for (const piece of ['You may also like', 'Train drivers vote', 'Comments (12)', "A reader's comment"]) expect(text).not.toContain(piece);
  });
});
