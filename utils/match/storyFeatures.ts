// What story matching compares, computed the same way for a corpus text (at build time)
// and for the page (in the browser).
import { splitQuotedText } from '../text/splitQuotedText';
import { shingleHashes } from '../text/shingleHashes';
import { contentWords } from '../text/contentWords';
import { QUOTE_SHINGLE_SIZE, TEXT_SHINGLE_SIZE } from './storyThresholds';

export interface StoryFeatures {
  /** Hashed word 5-grams of the text's own words (quoted text removed); sorted, unique. */
  fingerprints: number[];
  /** Hashed word 4-grams of its quoted text; sorted, unique. */
  quoteFingerprints: number[];
  /** Content words of its own words; sorted, unique. */
  terms: string[];
}

/** Features of `text`; `quoteSpans` (from the quote stage) are treated as quoted too. */
export function storyFeatures(text: string, quoteSpans: ReadonlyArray<{ start: number; end: number }> = []): StoryFeatures {
  const { unquoted, quoted } = splitQuotedText(text, quoteSpans);
  return {
    fingerprints: shingleHashes(unquoted, TEXT_SHINGLE_SIZE),
    quoteFingerprints: shingleHashes(quoted, QUOTE_SHINGLE_SIZE),
    terms: [...new Set(unquoted.flatMap(contentWords))].sort(),
  };
}
