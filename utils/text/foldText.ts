// Folds text for comparison: the differences outlets introduce without changing the words
// (case, curly vs straight quote marks and apostrophes, dash styles, accents as in
// "Élysée"/"Elysee") must not count as differences. The one fold of the project: words, names,
// spellings, credits and the alias tables are all compared through it.
//
// Two decompositions, one option. By default NFKD, which also folds compatibility forms ("ﬁ" ->
// "fi", "…" -> "...", a no-break space -> a space) and so may change the length. `keepOffsets`
// takes NFD instead: an accented letter (precomposed, as in almost all text) folds to one letter
// and each quote mark or dash to one character, so an offset found in the folded text points at
// the same character of the original (findPeople reads the capital of a name it found folded).

export interface FoldOptions {
  /** Keep the text's length (NFD, no compatibility folding), so offsets carry over to the original. */
  keepOffsets?: boolean;
}

const MARKS = /\p{M}+/gu;
// Anything outside ASCII and the curly quotes and dashes of English news needs decomposing;
// most text has nothing else, and normalize() is the slow part.
// eslint-disable-next-line no-control-regex
const NEEDS_DECOMPOSING = /[^\x00-\x7F\u2018\u2019\u201C\u201D\u2013\u2014]/;
// Apostrophes, double quote marks and dashes, each kind folded to its ASCII form (one character
// for one, so the length is kept).
const MARK_KINDS = /[\u2018\u2019\u201A\u201B\u2032\u02BC`\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212]/g;
const ASCII_MARK: Readonly<Record<string, string>> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const toAscii = (mark: string): string => ASCII_MARK[mark] ?? "'";

/** Lower-cased, accent-free text with one kind of quote mark, apostrophe and dash. */
export function foldText(text: string, options: FoldOptions = {}): string {
  const bare = NEEDS_DECOMPOSING.test(text) ? text.normalize(options.keepOffsets ? 'NFD' : 'NFKD').replace(MARKS, '') : text;
  return bare.replace(MARK_KINDS, toAscii).toLowerCase();
}
