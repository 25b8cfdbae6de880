// The bundled corpus index: what `scripts/build-index.ts` writes at build time and
// the background loads. Plain JSON so it can be validated when loaded.
import type { Quote } from '../types';

/** Bumped whenever the shape below changes; a mismatched index is refused when loaded. */
export const INDEX_FORMAT = 1;

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
  /** Whom the text credits ("BBC", "Express"). */
  credits: string[];
  /** Its relation to the other corpus texts, as the corpus README states it. */
  note: string;
}

/** One corpus article in the index. */
export interface CorpusDoc extends CorpusMeta {
  /** How the popup names the outlet: the outlet, or "Unnamed outlet (credits BBC, Express)". */
  outletLabel: string;
  /** The article text, paragraphs joined by "\n\n". */
  text: string;
  /** Its quotes, found by the quote stage at build time. */
  quotes: Quote[];
  /** Fingerprints of its non-quoted text (sorted, unique), for story matching. */
  fingerprints: number[];
}

/** The whole index. */
export interface CorpusIndex {
  /** Must equal INDEX_FORMAT. */
  format: number;
  /** The corpus articles. */
  docs: CorpusDoc[];
  /** Inverted index: fingerprint → indices into `docs`; candidates come only from here. */
  postings: Record<string, number[]>;
}
