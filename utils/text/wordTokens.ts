// Splits text into word tokens with their offsets, folded for comparison.
// Word-level (not character-level) because outlets reuse and change whole words: a
// one-word change ("is" -> "was") should cost one step, and punctuation should cost none.
import { foldText } from './foldText';

/** One word of a text. */
export interface WordToken {
  /** The folded word: lower case, no accents, no apostrophes ("I’m" -> "im"). */
  word: string;
  /** Offset of the word's first character in the original text. */
  start: number;
  /** Offset just past the word in the original text. */
  end: number;
}

// Letters/digits, with apostrophes and hyphens inside a word kept as one word ("Britain’s", "once-in-a").
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2018\u02BC-][\p{L}\p{N}]+)*/gu;

// A plain-ASCII word folds to its lower case: no accents or curly marks to map. Most words of
// English news are plain ASCII, and foldText's normalize() per word was the matcher's hot spot.
const NON_ASCII = /[^ -~]/;

/** The words of `text`, in order. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = NON_ASCII.test(match[0]) ? foldText(match[0]) : match[0].toLowerCase();
    const word = folded.includes("'") ? folded.replace(/'/g, '') : folded;
    tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
