// The numbers quote matching decides by, each with the reason for its value.

/** Local-alignment score (score / (2 × shorter length)) from which two quotes with changed words are
 * one quote: a one-word change or truncation scores about 0.9–1.0, a paraphrase about 0.25 and an
 * unrelated sentence sharing a phrase about 0.5 (Starmer's "I will do so again in the coming days"
 * vs Macron's "will continue these discussions in the coming days"). */
export const VARIANT_MIN_SCORE = 0.8;

/** A variant must also cover this share of the shorter quote, so a long quote that merely shares a
 * stretch with a short one is not called a variant of it. */
export const VARIANT_MIN_COVERAGE = 0.8;

/** Two cut-downs of one sentence that overlap without either containing the other ("only way to
 * effectively deter Russia from attacking Ukraine again" / "a US security guarantee was the only way to
 * effectively deter Russia") are the same quote when they share an unbroken run this long… */
export const OVERLAP_MIN_RUN = 6;
/** …of which this many are content words (so "in the coming days" or "we will have to" never match). */
export const OVERLAP_MIN_CONTENT_WORDS = 3;

/** Quotes shorter than this many words are fragments ("premature", "do more", "US backstop"): they match
 * a quote by the same speaker when not banal (utils/match/banalWords.ts), never one by another named
 * speaker. */
export const FRAGMENT_MAX_WORDS = 5;

/** A fragment whose speaker is unknown on one side matches only word for word (exact, or inside the
 * other quote) and with at least this many distinctive words (content words that are not banal):
 * "effectively deter Russia" (3) is one remark; "lasting peace" (2) or "in the coming days"
 * (0) could be anyone's. */
export const UNATTRIBUTED_MIN_DISTINCTIVE = 3;

/** Two quotes attributed to different speakers match only when this long and this alike: then the
 * outlets disagree on who said it, which is worth showing, not a coincidence. */
export const MISATTRIBUTED_MIN_WORDS = 8;
export const MISATTRIBUTED_MIN_SCORE = 0.9;

/** Most corpus quotes aligned per page quote, by shared content words; bounds the work at any corpus size. */
export const MAX_QUOTE_CANDIDATES = 40;

/** A quote word found in more corpus quotes than this share (and than BANAL_QUOTE_WORD_MIN) is too
 * common to find candidates by ("Europe" in a corpus about Europe); a quote made only of such words
 * still looks up its rarest one. */
export const BANAL_QUOTE_WORD_SHARE = 0.05;
export const BANAL_QUOTE_WORD_MIN = 500;
