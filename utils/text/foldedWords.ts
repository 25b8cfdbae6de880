// The folded words of a text, without offsets: what shingling and alignment compare.
// Folds the whole text once rather than word by word (wordTokens), which is what makes the
// build of a 10,000-article index and each page's matching fast; the words are the same.

// As in wordTokens: letters/digits, joined by apostrophes or hyphens inside a word.
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2018\u02BC-][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019\u2018\u02BC]/g;

// Most English news text is ASCII plus curly quotes, apostrophes (not ʼ, a letter to Unicode), dashes, ellipses and no-break
// spaces. None of those folds to a letter or digit, so for such text the words are found by an
// ASCII pattern on the lower-cased text, without normalize() and Unicode classes (this was the
// comparing half's hot spot). Any other character takes the general path.
// Control characters are plain too: they separate words on either path.
// eslint-disable-next-line no-control-regex
const ONLY_PLAIN = /^[\x00-\x7F\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0]*$/;
const ASCII_WORD = /[a-z0-9]+(?:['\u2019\u2018-][a-z0-9]+)*/g;

/** The folded words of `text`, in order ("I’m Prepared" -> ["im", "prepared"]). */
export function foldedWords(text: string): string[] {
  const plain = ONLY_PLAIN.test(text);
  const folded = plain ? text.toLowerCase() : text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  const words: string[] = [];
  for (const match of folded.matchAll(plain ? ASCII_WORD : WORD)) {
    const word = match[0];
    words.push(word.replace(APOSTROPHES, ''));
  }
  return words;
}
