// Reads a JSON Lines library file (one article a line). Every line is checked on its own: a
// bad line is reported with its number and reason and the good ones are kept. A file that is
// not a library file at all (its first non-blank line is not a library article) is refused
// whole, so importing the wrong file changes nothing. The same article twice is kept once:
// the later reading.
import { LIBRARY_KIND, type LibraryArticle } from './libraryArticle';
import { readLibraryArticle } from './readLibraryArticle';

/** A line longer than this is refused unread: no news article's text comes near it. */
export const MAX_LINE_CHARS = 4_000_000;

export interface RejectedLine {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
  /** Set when the line is a good article kept once from another line (not an error in the file). */
  duplicate?: true;
}

export type LibraryFile = { ok: true; articles: LibraryArticle[]; rejected: RejectedLine[] } | { ok: false; reason: string };

function parse(line: string): { value: unknown } | { reason: string } {
  if (line.length > MAX_LINE_CHARS) return { reason: `longer than ${MAX_LINE_CHARS} characters` };
  try {
    return { value: JSON.parse(line) as unknown };
  } catch {
    return { reason: 'not valid JSON' };
  }
}

export function parseLibraryJsonl(content: string): LibraryFile {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { ok: false, reason: 'the file is empty' };
  const head = parse(lines[first]!);
  if (!('value' in head) || typeof head.value !== 'object' || head.value === null || (head.value as { kind?: unknown }).kind !== LIBRARY_KIND) {
    return { ok: false, reason: `not a Crossquote library file: line ${first + 1} is not a "${LIBRARY_KIND}" record` };
  }
  const byId = new Map<string, { article: LibraryArticle; line: number }>();
  const rejected: RejectedLine[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const line = i + 1;
    const parsed = parse(text);
    const read = 'value' in parsed ? readLibraryArticle(parsed.value) : parsed;
    if ('reason' in read) {
      rejected.push({ line, reason: read.reason });
      return;
    }
    const earlier = byId.get(read.article.id);
    if (!earlier) {
      byId.set(read.article.id, { article: read.article, line });
      return;
    }
    const later = read.article.readAt >= earlier.article.readAt;
    rejected.push(
      later
        ? { line: earlier.line, reason: `the same article as line ${line}, which was read later`, duplicate: true }
        : { line, reason: `the same article as line ${earlier.line}, which was read later`, duplicate: true },
    );
    if (later) byId.set(read.article.id, { article: read.article, line });
  });
  rejected.sort((a, b) => a.line - b.line);
  return { ok: true, articles: [...byId.values()].sort((a, b) => a.line - b.line).map((x) => x.article), rejected };
}
