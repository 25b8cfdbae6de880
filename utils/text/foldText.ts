// Folds text for comparison: the differences outlets introduce without changing the words
// (case, curly vs straight quote marks and apostrophes, dash styles, accents as in
// "Élysée"/"Elysee") must not count as differences.

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Lower-cased, accent-free text with one kind of quote mark, apostrophe and dash. Length may change. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .toLowerCase();
}
