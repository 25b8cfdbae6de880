// Heavy pages, generated at test time (no megabytes in git): each looks like a news page
// pushed to an extreme a real site can reach — a live blog, a page of comments, deeply
// nested layout markup, a quote-dense transcript.
import { readCorpus } from '../../scripts/readCorpus';

const corpusParagraphs = readCorpus().flatMap(({ text }) => text.split('\n').filter((p) => p.trim().length > 60));

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Starmer: US backstop needed to deter Russia</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Example Herald">${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>${body}
<footer><p>© The Example Herald</p></footer></body></html>`;
}

function article(paragraphs: string[], extra = ''): string {
  return `<main><article><h1>Starmer: US backstop needed to deter Russia</h1><p class="byline">By Alex Example, political correspondent</p>
<time datetime="2025-02-17T20:00:00Z">17 February 2025</time>${paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('\n')}${extra}</article></main>`;
}

/**
 * A 3 MB page the way real ones get there: a normal article wrapped in a page-data JSON blob,
 * inline SVG icons and inlined CSS (the reading matter itself stays article-sized).
 */
export function threeMegabyteMarkupPage(): string {
  const blob = JSON.stringify({ props: { pageProps: { items: Array.from({ length: 9000 }, (_, i) => ({ id: i, headline: corpusParagraphs[i % corpusParagraphs.length]!.slice(0, 90), url: `/news/${i}` })) } } });
  const path = Array.from({ length: 4000 }, (_, i) => `M${i % 97} ${(i * 7) % 89}l${i % 13} ${i % 11}h${i % 17}v${i % 19}z`).join('');
  const icons = Array.from({ length: 12 }, () => `<svg viewBox="0 0 100 100" aria-hidden="true"><path d="${path}"/></svg>`).join('');
  const css = Array.from({ length: 6000 }, (_, i) => `.c${i}{margin:${i % 9}px;color:#${(i * 4999).toString(16).padStart(6, '0').slice(0, 6)}}`).join('\n');
  const html = page(`<style>${css}</style>`, `<div class="icons">${icons}</div>${article(corpusParagraphs.slice(0, 14))}<script id="__NEXT_DATA__" type="application/json">${blob}</script>`);
  return html.length >= 3 * 1024 * 1024 ? html : html + `<!--${' '.repeat(3 * 1024 * 1024 - html.length)}-->`;
}

/** A live-blog-like article about 3 MB long in text: the corpus paragraphs over and over, numbered so they differ. */
export function threeMegabyteTextPage(): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 3 * 1024 * 1024; i++) {
    const p = `Update ${i + 1}: ${corpusParagraphs[i % corpusParagraphs.length]!}`;
    paragraphs.push(p);
    size += p.length + 8;
  }
  return page('', article(paragraphs));
}

/** The article sits under `depth` nested layout divs (page builders do nest deep). */
export function deeplyNestedPage(depth = 3000): string {
  return page('', `${'<div class="wrap">'.repeat(depth)}${article(corpusParagraphs.slice(0, 12))}${'</div>'.repeat(depth)}`);
}

/** An article followed by a comment section of `elements` elements in all. */
export function manyElementsPage(elements = 50_000): string {
  const perComment = 5; // li, div, span, a, p
  const comments = Math.ceil(elements / perComment);
  const items: string[] = [];
  for (let i = 0; i < comments; i++) {
    items.push(`<li><div class="c"><span class="who"><a href="/u/${i}">reader${i}</a></span><p>Comment ${i}: agreed.</p></div></li>`);
  }
  return page('', `${article(corpusParagraphs.slice(0, 12))}<section class="comments"><ol>${items.join('')}</ol></section>`);
}

/** An article whose text carries `marks` quote marks of every kind, mostly unbalanced. */
export function manyQuoteMarksPage(marks = 10_000): string {
  const kinds = ['“', '”', '"', '‘', '’', "'", '„', '«', '»', '‹', '›', '「', '」'];
  const paragraphs: string[] = [];
  let placed = 0;
  for (let i = 0; placed < marks; i++) {
    const words = corpusParagraphs[i % corpusParagraphs.length]!.split(' ');
    const withMarks = words.map((w, j) => {
      if (placed >= marks || (i + j) % 2) return w;
      placed++;
      return `${kinds[(i * 7 + j) % kinds.length]}${w}`;
    });
    paragraphs.push(withMarks.join(' '));
  }
  return page('', article(paragraphs));
}

/** A transcript-style article with `count` well-formed quotes, each attributed. */
export function manyQuotesPage(count = 1000): string {
  const speakers = ['Sir Keir Starmer said', 'Mr Macron said', 'Olaf Scholz added', 'a diplomatic source said', 'he added'];
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    paragraphs.push(`“This is statement number ${i + 1} about the security of our continent,” ${speakers[i % speakers.length]}.`);
  }
  return page('', article(paragraphs));
}

/** An ordinary article followed by an endless "more stories" section: `chars` characters of teasers in all. */
export function endlessMoreStoriesPage(chars = 600_000): string {
  const cards: string[] = [];
  for (let i = 0, size = 0; size < chars; i++) {
    const teaser = `<div class="card"><a href="/story/${i}">Story ${i}: ${escapeText(corpusParagraphs[i % corpusParagraphs.length]!.slice(0, 80))}</a><p>${escapeText(corpusParagraphs[(i + 7) % corpusParagraphs.length]!.slice(0, 160))}</p></div>`;
    cards.push(teaser);
    size += teaser.length;
  }
  return page('', `${article(corpusParagraphs.slice(0, 12))}<section class="more-stories"><h2>More stories</h2>${cards.join('')}</section>`);
}

/** No article at all: a page that is nothing but `chars` characters of readers' one-line posts. */
export function heavyPageWithoutArticle(chars = 600_000): string {
  const posts: string[] = [];
  for (let i = 0, size = 0; size < chars; i++) {
    const post = `<li><a href="/u/${i}">reader${i}</a> <span>+1, same here (${i})</span></li>`;
    posts.push(post);
    size += post.length;
  }
  return `<!doctype html><html lang="en"><head><title>Board</title></head><body><ul>${posts.join('')}</ul></body></html>`;
}
