// Content words: the words that say what a text is about. Function words, one- and
// two-letter words and bare numbers are left out; they match across any two texts.
import { STOP_WORDS } from './stopWords';

/** The folded words of `words` that carry content, in order, with repeats. */
export function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
}
