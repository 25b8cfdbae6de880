// The library's article record: what is kept of one news article the reader read, and nothing
// more (issue 17, point 2). Plain JSON, so the same record is an IndexedDB value and a line of
// the JSON Lines export. No page HTML, no other browsing.
import type { Quote } from '../types';

/**
 * Version of the record's shape, written on every record and every exported line. Bumped when a
 * field is added, removed or changes meaning; a reader of version N reads 1…N (see
 * upgradeLibraryArticle when there is more than one) and refuses newer ones with a clear reason.
 */
export const LIBRARY_FORMAT_VERSION = 1;

/** Marks a line (or a stored value) as a Crossquote library article, so a foreign file is refused whole. */
export const LIBRARY_KIND = 'crossquote-library-article';

/** The index entries kept with an article, so a library loads without re-reading every text. */
export interface LibraryIndexEntries {
  /** The corpus INDEX_FORMAT they were computed under; entries of another format are recomputed from text and quotes. */
  format: number;
  /** Hashed word 5-grams of its own words (quoted text removed); sorted, unique. */
  fingerprints: number[];
  /** Hashed word 4-grams of its quoted words; sorted, unique. */
  quoteFingerprints: number[];
  /** Content words of its own words; sorted, unique. */
  terms: string[];
}

/** One kept article. */
export interface LibraryArticle {
  kind: typeof LIBRARY_KIND;
  version: number;
  /** "lib:" + a hash of the canonical URL (or of the text when the page had no URL): its docId in matches. */
  id: string;
  /** Canonical URL (AMP and tracking parameters removed), or null when the page gave none. */
  url: string | null;
  /** The site's host without "www." ("example.org"), or null without a URL. */
  site: string | null;
  /** The outlet's name as the page states it, else the site. */
  outlet: string;
  title: string;
  byline: string | null;
  /** Publication time as ISO 8601, if the page gave one. */
  published: string | null;
  lang: string | null;
  /** When the reader read it (ISO 8601); the latest reading when read twice. */
  readAt: string;
  /** The extracted body text; quote offsets point into it. */
  text: string;
  /** Its quotes with speakers, as the quote stage found them. */
  quotes: Quote[];
  /** Whom its text credits ("BBC"). */
  credits: string[];
  index: LibraryIndexEntries;
}
