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

/** The words of `text`, in order. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldText(match[0]).replace(/'/g, '');
    tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
