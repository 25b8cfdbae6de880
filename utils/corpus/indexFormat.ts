// The bundled corpus index: what `scripts/build-index.ts` writes at build time and the
// background loads. Plain JSON so it can be validated when loaded (see loadIndex.ts).
import type { Quote } from '../types';

/**
 * Bumped whenever the shape below, or the way fingerprints are computed, changes; a
 * mismatched index is refused when loaded. 3: text, quote and term fingerprints live only in
 * the postings (each article keeps their counts); quote-word postings.
 */
export const INDEX_FORMAT = 3;

/** One corpus article's metadata, as written in corpus/NNN.json (only what the text shows). */
export interface CorpusMeta {
  /** The source file's number: "000" … */
  docId: string;
  /** The outlet, as evidenced in the text; null when the text does not show it. */
  outlet: string | null;
  /** The text's own headline, or a short derived title. */
  title: string;
  /** True when `title` was derived by us because the text has no headline. */
  titleDerived: boolean;
  /** Whom the text credits ("BBC", "Express"), as findCredits finds them in the text. */
  credits: string[];
  /** What the text is and how it relates to the other corpus texts, as the corpus README states it. */
  note: string;
  /** For a page that republishes another outlet's report without naming itself: that outlet, when the text shows it. */
  republishes?: string | null;
  /**
   * When the text was published (ISO 8601 date or time), or, when the text shows no date, the
   * day of the occasion it reports. Story matching uses it to keep evidence of "the same
   * occasion" within days (OCCASION_MAX_DAYS). The summit texts show no date of their own; the
   * corpus README dates the summit 17 February 2025. A library article's publication date.
   */
  dated?: string | null;
  /** A library article's reading time: when it gives no publication date, it was published no later. */
  readAt?: string;
}

/** One corpus article in the index. */
export interface CorpusDoc extends CorpusMeta {
  /** How the popup names the outlet: the outlet, or "Unnamed outlet (credits BBC, Express)". */
  outletLabel: string;
  /** The article text, as in corpus/NNN.txt. */
  text: string;
  /** Its quotes, found by the quote stage at build time. */
  quotes: Quote[];
  /** How many distinct fingerprints of each kind it has (the fingerprints themselves are the postings' keys). */
  fingerprints: FingerprintCounts;
}

/** Counts of one article's distinct fingerprints: the denominators of containment. */
export interface FingerprintCounts {
  /** Hashed word 5-grams of its own words (quoted text removed). */
  text: number;
  /** Hashed word 4-grams of its quoted words. */
  quote: number;
  /** Content words of its own words. */
  terms: number;
}

/** The whole index. */
export interface CorpusIndex {
  /** Must equal INDEX_FORMAT. */
  format: number;
  /** The corpus articles. */
  docs: CorpusDoc[];
  /** Inverted index: text fingerprint → indices into `docs` (ascending); banal fingerprints left out. */
  postings: Record<string, number[]>;
  /** Inverted index: quote fingerprint → indices into `docs`; banal fingerprints left out. */
  quotePostings: Record<string, number[]>;
  /** Inverted index: content word → indices into `docs`; banal words left out. */
  termPostings: Record<string, number[]>;
  /** Inverted index: content word of a quote → [docIndex, quoteIndex] pairs, flattened. */
  quoteWordPostings: Record<string, number[]>;
}
