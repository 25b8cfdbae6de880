// Writes library articles as JSON Lines: one article a line, fields in the documented order
// (docs/library.md), so an export reads the same in any tool and diffs line by line.
import type { LibraryArticle } from './libraryArticle';

/** One article as one line (no newline). */
export function formatLibraryLine(a: LibraryArticle): string {
  const { kind, version, id, url, site, outlet, title, byline, published, lang, readAt, text, quotes, credits, index } = a;
  return JSON.stringify({ kind, version, id, url, site, outlet, title, byline, published, lang, readAt, text, quotes, credits, index });
}

export function formatLibraryJsonl(articles: Iterable<LibraryArticle>): string {
  let out = '';
  for (const a of articles) out += `${formatLibraryLine(a)}\n`;
  return out;
}
