// What story matching compares, computed the same way for a corpus text (at build time)
// and for the page (in the browser).
import { splitQuotedText } from '../text/splitQuotedText';
import { shingleHashes } from '../text/shingleHashes';
import { contentWords } from '../text/contentWords';
import { LEAD_WORDS, QUOTE_SHINGLE_SIZE, TEXT_SHINGLE_SIZE } from './storyThresholds';
import { COMMON_NEWS_WORDS } from './commonNewsWords';
import { nameKeys } from './nameKeys';

export interface StoryFeatures {
  /** Hashed word 5-grams of the text's own words (quoted text removed); sorted, unique. */
  fingerprints: number[];
  /** Hashed word 4-grams of its quoted text; sorted, unique. */
  quoteFingerprints: number[];
  /** Content words of its own words; sorted, unique. */
  terms: string[];
  /** Its terms that are not everyday news words (COMMON_NEWS_WORDS): what says the subject. */
  subjectTerms: string[];
  /** Name keys of the whole text, and of its lead (first LEAD_WORDS words): who, where. */
  names: string[];
  leadNames: string[];
}

/** Features of `text`; `quoteSpans` (from the quote stage) are treated as quoted too. */
export function storyFeatures(text: string, quoteSpans: ReadonlyArray<{ start: number; end: number }> = []): StoryFeatures {
  const { unquoted, quoted } = splitQuotedText(text, quoteSpans);
  const terms = [...new Set(unquoted.flatMap(contentWords))].sort();
  return {
    fingerprints: shingleHashes(unquoted, TEXT_SHINGLE_SIZE),
    quoteFingerprints: shingleHashes(quoted, QUOTE_SHINGLE_SIZE),
    terms,
    subjectTerms: terms.filter((t) => !COMMON_NEWS_WORDS.has(t)),
    names: nameKeys(text),
    leadNames: nameKeys(text, LEAD_WORDS),
  };
}
