// Small page builder for unit tests: a realistic head/body shell around given parts.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The non-empty lines of a corpus text, exactly as in the file. */
export function corpusLines(docId: string): string[] {
  const text = readFileSync(fileURLToPath(new URL(`../../corpus/${docId}.txt`, import.meta.url)), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Corpus 002's real paragraphs (its "Follow live"/"Read more" lines are links to other stories). */
export const SKY_FURNITURE = [
  'Follow live: Russia gives more details ahead of peace talks with US',
  'Read more:',
  'Pope stable in hospital and ‘asks for prayers’',
  'Israel says it will receive bodies of four hostages',
];

/** Body paragraphs of a plain report, as <p> elements. */
export const REPORT_BODY = corpusLines('002')
  .filter((line) => !SKY_FURNITURE.includes(line))
  .map((line) => `<p>${esc(line)}</p>`)
  .join('\n');

export function makePage({ head = '', body = '', lang = 'en', url }: { head?: string; body?: string; lang?: string; url?: string }): Document {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Test page</title>${head}</head>
<body><header><a href="/">Example News</a><nav><a href="/uk">UK</a> <a href="/world">World</a></nav></header>
${body}
<footer><p>© 2025 Example News Ltd</p></footer></body></html>`;
  return new JSDOM(html, url ? { url } : {}).window.document;
}

/** A JSON-LD script element with the given raw text. */
export const jsonLd = (text: string): string => `<script type="application/ld+json">${text}</script>`;
