// The folded words of a text, without offsets: what shingling and alignment compare.
// Folds the whole text once rather than word by word (wordTokens), which is what makes the
// build of a 10,000-article index and each page's matching fast; the words are the same.

// As in wordTokens: letters/digits, joined by apostrophes or hyphens inside a word.
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2018\u02BC-][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019\u2018\u02BC]/g;

/** The folded words of `text`, in order ("I’m Prepared" -> ["im", "prepared"]). */
export function foldedWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  const words: string[] = [];
  for (const match of folded.matchAll(WORD)) words.push(match[0].replace(APOSTROPHES, ''));
  return words;
}
