// Decides whether two quotations are the same quote, and how they relate. Word-level local
// alignment (Smith–Waterman) finds the shared stretch, so a cut-down or a quote joined to the
// next sentence still scores as one quote, while two sentences that only share a phrase do not.
import type { QuoteRelation } from '../types';
import { localAlign } from '../text/localAlign';
import { contentWords } from '../text/contentWords';
import { sameSpeaker } from './sameSpeaker';
import { BANAL_WORDS } from './banalWords';
import {
  FRAGMENT_MAX_WORDS,
  MISATTRIBUTED_MIN_SCORE,
  MISATTRIBUTED_MIN_WORDS,
  OVERLAP_MIN_CONTENT_WORDS,
  OVERLAP_MIN_RUN,
  UNATTRIBUTED_MIN_DISTINCTIVE,
  VARIANT_MIN_COVERAGE,
  VARIANT_MIN_SCORE,
} from './quoteThresholds';

/** One side of the comparison: folded words and attribution. */
export interface QuoteSide {
  words: readonly string[];
  speaker: string | null;
}

/** How two quotes relate, with the alignment score behind it. */
export interface QuoteComparison {
  relation: QuoteRelation;
  /** Normalised local-alignment score in [0, 1]. */
  score: number;
  /** Words the two have in common in the aligned stretch (ranks equal scores: more shared is better). */
  sharedWords: number;
}

const isName = (speaker: string | null): boolean => speaker !== null && !/^(the|a|an|one)\s/i.test(speaker);
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

// A quote's words are compared with up to MAX_QUOTE_CANDIDATES others, and a corpus quote's
// words (folded once per loaded index) with every page's quotes: their set is made once.
const WORD_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();
function wordSet(words: readonly string[]): ReadonlySet<string> {
  let set = WORD_SETS.get(words);
  if (!set) WORD_SETS.set(words, (set = new Set(words)));
  return set;
}

/**
 * Whether the alignment of `shorter` with `longer` could find any relation below. It cannot pair
 * more equal words than `shorter` has anywhere in `longer`, and each relation needs enough pairs:
 * a containment all of them, a variant VARIANT_MIN_SCORE of them (its score is at most 2 a pair),
 * an overlap OVERLAP_MIN_RUN.
 */
export function shareEnoughWords(shorter: readonly string[], longer: readonly string[]): boolean {
  const present = wordSet(longer);
  let found = 0;
  for (const word of shorter) if (present.has(word)) found++;
  return found >= OVERLAP_MIN_RUN || found >= VARIANT_MIN_SCORE * shorter.length - 1e-9;
}

/** The relation between `page` and `other`, or null when they are not the same quote. */
export function compareQuotes(page: QuoteSide, other: QuoteSide): QuoteComparison | null {
  const [shorter, longer] = page.words.length <= other.words.length ? [page, other] : [other, page];
  // Banal: a quote with no content word ("we will", "so") is evidence of nothing.
  if (contentWords(shorter.words).length === 0) return null;
  const speakersAgree = sameSpeaker(page.speaker, other.speaker);
  // A description ("the prime minister", "a spokesperson") is an unresolved speaker, not a different one.
  const speakersDiffer = isName(page.speaker) && isName(other.speaker) && !speakersAgree;
  // A fragment ("premature", "key elements") matches a quote by the same speaker, however short, when
  // its words are not banal ("in the coming days" is anyone's). By length, not the quote stage's flag:
  // that flag also marks long cut-down clauses ("only way to effectively deter Russia from attacking
  // Ukraine again"), which carry enough words to be compared.
  const isFragment = shorter.words.length < FRAGMENT_MAX_WORDS;
  const distinctive = isFragment ? contentWords(shorter.words).filter((w) => !BANAL_WORDS.has(w)).length : Infinity;
  if (isFragment && distinctive === 0) return null;
  // Another named speaker's fragment is a coincidence of phrasing, not the same remark. With the
  // speaker unknown on one side, only the words can tell: a fragment with UNATTRIBUTED_MIN_DISTINCTIVE
  // distinctive words found word for word in the other ("effectively deter Russia") is the
  // same remark; anything shorter ("premature", "lasting peace") could be anyone's.
  if (isFragment && speakersDiffer) return null;
  // (A fragment is too short to be a variant or an overlap: what matches is word for word.)
  if (isFragment && !speakersAgree && distinctive < UNATTRIBUTED_MIN_DISTINCTIVE) return null;

  if (same(page.words, other.words)) {
    if (speakersDiffer && shorter.words.length < MISATTRIBUTED_MIN_WORDS) return null;
    return { relation: 'exact', score: 1, sharedWords: page.words.length };
  }
  // Most candidates (found by one shared word) are ruled out here, without the O(n·m) alignment.
  if (!shareEnoughWords(shorter.words, longer.words)) return null;
  const a = localAlign(shorter.words, longer.words);
  const covered = a.aEnd - a.aStart;
  if (speakersDiffer && (shorter.words.length < MISATTRIBUTED_MIN_WORDS || a.normalized < MISATTRIBUTED_MIN_SCORE)) return null;
  // The shorter is wholly inside the longer, word for word: a cut-down, or joined to another sentence.
  if (a.edits === 0 && covered === shorter.words.length) return { relation: 'partial', score: a.normalized, sharedWords: a.matches };
  if (a.normalized >= VARIANT_MIN_SCORE && covered / shorter.words.length >= VARIANT_MIN_COVERAGE) {
    return { relation: 'variant', score: a.normalized, sharedWords: a.matches };
  }
  // Two different cut-downs of one sentence: a long unbroken shared run of real words.
  if (a.edits === 0 && a.matches >= OVERLAP_MIN_RUN) {
    const run = shorter.words.slice(a.aStart, a.aEnd);
    if (contentWords(run).length >= OVERLAP_MIN_CONTENT_WORDS && !speakersDiffer) return { relation: 'partial', score: a.normalized, sharedWords: a.matches };
  }
  return null;
}
