// Decides whether two quotations are the same quote, and how they relate. Word-level local
// alignment (Smith–Waterman) finds the shared stretch, so a cut-down or a quote joined to the
// next sentence still scores as one quote, while two sentences that only share a phrase do not.
import type { QuoteRelation } from '../types';
import { localAlign } from '../text/localAlign';
import { contentWords } from '../text/contentWords';
import { sameSpeaker } from './sameSpeaker';
import {
  FRAGMENT_MAX_WORDS,
  MISATTRIBUTED_MIN_SCORE,
  MISATTRIBUTED_MIN_WORDS,
  OVERLAP_MIN_CONTENT_WORDS,
  OVERLAP_MIN_RUN,
  VARIANT_MIN_COVERAGE,
  VARIANT_MIN_SCORE,
} from './quoteThresholds';

/** One side of the comparison: folded words and attribution. */
export interface QuoteSide {
  words: readonly string[];
  speaker: string | null;
  /** The quote stage's flag for a fragment or scare quote. */
  fragment: boolean;
}

/** How two quotes relate, with the alignment score behind it. */
export interface QuoteComparison {
  relation: QuoteRelation;
  /** Normalised local-alignment score in [0, 1]. */
  score: number;
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

/** The relation between `page` and `other`, or null when they are not the same quote. */
export function compareQuotes(page: QuoteSide, other: QuoteSide): QuoteComparison | null {
  const [shorter, longer] = page.words.length <= other.words.length ? [page, other] : [other, page];
  // Banal: a quote with no content word ("we will", "so") is evidence of nothing.
  if (contentWords(shorter.words).length === 0) return null;
  const speakersAgree = sameSpeaker(page.speaker, other.speaker);
  const speakersDiffer = page.speaker !== null && other.speaker !== null && !speakersAgree;
  // A fragment matches only a quote by the same speaker: "premature" alone says nothing about who said it.
  const isFragment = shorter.words.length < FRAGMENT_MAX_WORDS || shorter.fragment;
  if (isFragment && !speakersAgree) return null;

  if (same(page.words, other.words)) {
    if (speakersDiffer && shorter.words.length < MISATTRIBUTED_MIN_WORDS) return null;
    return { relation: 'exact', score: 1 };
  }
  const a = localAlign(shorter.words, longer.words);
  const covered = a.aEnd - a.aStart;
  if (speakersDiffer && (shorter.words.length < MISATTRIBUTED_MIN_WORDS || a.normalized < MISATTRIBUTED_MIN_SCORE)) return null;
  // The shorter is wholly inside the longer, word for word: a cut-down, or joined to another sentence.
  if (a.edits === 0 && covered === shorter.words.length) return { relation: 'partial', score: a.normalized };
  if (a.normalized >= VARIANT_MIN_SCORE && covered / shorter.words.length >= VARIANT_MIN_COVERAGE) {
    return { relation: 'variant', score: a.normalized };
  }
  // Two different cut-downs of one sentence: a long unbroken shared run of real words.
  if (a.edits === 0 && a.matches >= OVERLAP_MIN_RUN) {
    const run = shorter.words.slice(a.aStart, a.aEnd);
    if (contentWords(run).length >= OVERLAP_MIN_CONTENT_WORDS && !speakersDiffer) return { relation: 'partial', score: a.normalized };
  }
  return null;
}
