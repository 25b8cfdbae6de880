// The folded words of a text, without offsets: what shingling and alignment compare.
import { wordTokens } from './wordTokens';

/** The folded words of `text`, in order ("I’m Prepared" -> ["im", "prepared"]). */
export function foldedWords(text: string): string[] {
  return wordTokens(text).map((t) => t.word);
}
