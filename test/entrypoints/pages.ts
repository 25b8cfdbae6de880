// Test pages built from the corpus texts, shaped like real news pages (metadata, article,
// navigation, footer), for the content-script and background tests.
import { readFileSync } from 'node:fs';

const corpusText = (id: string): string =>
  readFileSync(new URL(`../../corpus/${id}.txt`, import.meta.url), 'utf8')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function newsPage(options: { title: string; site: string; paragraphs: string[]; url: string }): string {
  const body = options.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>${escape(options.title)} | ${escape(options.site)}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${escape(options.site)}">
<meta property="og:title" content="${escape(options.title)}"><link rel="canonical" href="${options.url}">
<meta property="article:published_time" content="2025-02-17T21:04:00Z">
<script>window.dataLayer = ["“US backstop” in a script must never be highlighted"];</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escape(options.title)}</h1><p class="byline">By Alix Culbertson, political reporter</p>
<time datetime="2025-02-17T21:04:00Z">Monday 17 February 2025 21:04, UK</time>
${body}
</article></main>
<footer><p>© 2025 ${escape(options.site)}. All rights reserved.</p></footer>
</body></html>`;
}

/** The Sky News report (corpus 002) as it might appear on its own site. */
export const skyPage = (): string =>
  newsPage({
    title: 'Starmer says a US backstop is the only way to deter Russia',
    site: 'Sky News',
    url: 'https://news.sky.example/story/starmer-us-backstop-13311234',
    paragraphs: corpusText('002').split('\n'),
  });

/** A page that is plainly not an article: a section front of headlines. */
export const sectionFront = (): string =>
  `<!doctype html><html lang="en"><head><title>World news | Meridian Daily</title></head><body>
<nav><a href="/">Home</a></nav><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/world/${i}">Headline number ${i}</a></li>`).join('')}</ul></body></html>`;
