// The pages the stage benchmark runs on: every test/fixtures/<case>/page.html.
// Until fixture pages exist, the five corpus texts wrapped in a plain news-page shell
// stand in, so the harness always has something real-sized to measure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../readCorpus';

export interface BenchPage {
  /** The fixture's folder name (or "corpus-NNN" for a stand-in page). */
  name: string;
  html: string;
  /** The URL the page is parsed at (fixtures may give one in url.txt). */
  url: string;
}

export const FIXTURES_DIR = new URL('../../test/fixtures/', import.meta.url).pathname;

export function fixturePages(dir: string = FIXTURES_DIR): BenchPage[] {
  const pages: BenchPage[] = [];
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      // heavy-* pages are generated for robustness tests, not typical reading.
      if (name.startsWith('heavy-')) continue;
      const file = join(dir, name, 'page.html');
      if (!existsSync(file)) continue;
      pages.push({ name, html: readFileSync(file, 'utf8'), url: `https://news.example/${name}` });
    }
  }
  return pages.length > 0 ? pages : corpusStandInPages();
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Corpus texts in a news-page shell: header, nav, article with paragraphs, footer. */
export function corpusStandInPages(): BenchPage[] {
  return readCorpus().map(({ meta, text }) => {
    const paragraphs = text.split(/\n+/).filter((p) => p.trim() !== '');
    const [headline = 'Untitled', ...body] = paragraphs;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(headline)}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>${escapeText(headline)}</h1><p class="byline">By Staff reporter</p>
${body.map((p) => `<p>${escapeText(p)}</p>`).join('\n')}
</article></main><footer><p>© News Example</p></footer></body></html>`;
    return { name: `corpus-${meta.docId}`, html, url: `https://news.example/corpus-${meta.docId}` };
  });
}
