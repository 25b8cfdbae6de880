// Checks one value claimed to be a library article (a line of an imported file, a stored
// value) and returns it in current form, or the reason it is refused, in words a reader can act
// on. The id, canonical URL and site are recomputed from the URL rather than trusted, so a
// hand-edited file cannot keep one article twice; index entries of another format are recomputed.
import { INDEX_FORMAT } from '../corpus/indexFormat';
import type { Quote } from '../types';
import { LIBRARY_FORMAT_VERSION, LIBRARY_KIND, type LibraryArticle, type LibraryIndexEntries } from './libraryArticle';
import { canonicalUrl } from './canonicalUrl';
import { libraryArticleId } from './libraryArticleId';
import { libraryIndexEntries } from './libraryIndexEntries';
import { siteOf } from './siteOf';
import { UNNAMED_OUTLET } from './unnamedOutlet';

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Strictly ascending (sorted and unique), every item of the given kind. */
function ascending<T extends number | string>(v: unknown, kind: 'number' | 'string'): v is T[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] !== kind || (kind === 'number' && !Number.isInteger(v[i]))) return false;
    if (i > 0 && !(v[i - 1] < v[i])) return false;
  }
  return true;
}

function quoteProblem(q: unknown, k: number, text: string): string | null {
  if (!isRecord(q) || !isString(q.id) || !isString(q.text) || !isStringOrNull(q.speaker) || !isOffset(q.start) || !isOffset(q.end) || typeof q.fragment !== 'boolean') {
    return `quotes[${k}] is not a quote (id, text, speaker, start, end, fragment)`;
  }
  if (text.slice(q.start, q.end) !== q.text) return `quotes[${k}] does not point at its words in the text`;
  return null;
}

function entriesOf(v: unknown, text: string, quotes: Quote[]): LibraryIndexEntries | string {
  if (!isRecord(v) || !Number.isInteger(v.format)) return '"index" is not a set of index entries';
  if (v.format !== INDEX_FORMAT) return libraryIndexEntries(text, quotes);
  if (!ascending<number>(v.fingerprints, 'number') || !ascending<number>(v.quoteFingerprints, 'number') || !ascending<string>(v.terms, 'string')) {
    return '"index" lists are not sorted lists of fingerprints and words';
  }
  return { format: INDEX_FORMAT, fingerprints: v.fingerprints, quoteFingerprints: v.quoteFingerprints, terms: v.terms };
}

/** The article, or a one-line reason it is refused. */
export function readLibraryArticle(v: unknown): { article: LibraryArticle } | { reason: string } {
  if (!isRecord(v)) return { reason: 'not a JSON object' };
  if (v.kind !== LIBRARY_KIND) return { reason: `"kind" is not "${LIBRARY_KIND}"` };
  if (!Number.isInteger(v.version) || (v.version as number) < 1) return { reason: '"version" is not a version number' };
  if ((v.version as number) > LIBRARY_FORMAT_VERSION) return { reason: `version ${String(v.version)} is newer than this Crossquote reads (${LIBRARY_FORMAT_VERSION}); update Crossquote` };
  if (!isStringOrNull(v.url)) return { reason: '"url" is neither a string nor null' };
  const url = canonicalUrl(v.url);
  if (v.url !== null && !url) return { reason: '"url" is not an http(s) address' };
  if (!url && !(isString(v.id) && /^lib:[0-9a-z]{13}$/.test(v.id))) return { reason: 'no "url" and no valid "id" ("lib:" and 13 letters or digits)' };
  for (const key of ['outlet', 'title', 'text', 'readAt'] as const) if (!isString(v[key])) return { reason: `"${key}" is not a string` };
  for (const key of ['byline', 'published', 'lang'] as const) if (!isStringOrNull(v[key])) return { reason: `"${key}" is neither a string nor null` };
  const text = v.text as string;
  if (text.trim() === '') return { reason: '"text" is empty' };
  if (Number.isNaN(Date.parse(v.readAt as string))) return { reason: '"readAt" is not a date and time' };
  if (!Array.isArray(v.credits) || !v.credits.every(isString)) return { reason: '"credits" is not a list of names' };
  if (!Array.isArray(v.quotes)) return { reason: '"quotes" is not a list' };
  for (let k = 0; k < v.quotes.length; k++) {
    const problem = quoteProblem(v.quotes[k], k, text);
    if (problem) return { reason: problem };
  }
  const quotes = (v.quotes as Quote[]).map(({ id, text: words, speaker, start, end, fragment }) => ({ id, text: words, speaker, start, end, fragment }));
  const index = entriesOf(v.index, text, quotes);
  if (typeof index === 'string') return { reason: index };
  const site = siteOf(url);
  return {
    article: {
      kind: LIBRARY_KIND,
      version: LIBRARY_FORMAT_VERSION,
      id: url ? libraryArticleId(url) : (v.id as string),
      url,
      site,
      outlet: (v.outlet as string).trim() || site || UNNAMED_OUTLET,
      title: v.title as string,
      byline: v.byline as string | null,
      published: v.published as string | null,
      lang: v.lang as string | null,
      readAt: new Date(Date.parse(v.readAt as string)).toISOString(),
      text,
      quotes,
      credits: [...(v.credits as string[])],
      index,
    },
  };
}
