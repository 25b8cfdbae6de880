// Whether two quote attributions name the same person. The quote stage gives canonical names
// ("Keir Starmer"), but an outlet may name only a surname ("Scholz"), a title and a given name
// ("Sir Keir", which the quote stage may leave as "Keir"), or the full name with a middle name.
import { foldedWords } from '../text/foldedWords';

// Put before a name, not part of it: "Sir Keir" is Keir, "Mr Scholz" is Scholz.
const TITLES = new Set(['sir', 'dame', 'lord', 'lady', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'president', 'chancellor', 'minister', 'prime', 'general', 'gen']);
// An attribution that describes a role ("a diplomatic source", "the spokesperson") is no name:
// two of them agree only when worded alike, never by a shared last word.
const DESCRIPTION = /^(the|a|an|one)\s/i;
const ROLE = /^(source|sources|spokesperson|spokesman|spokeswoman|official|officials|aide|aides)$/;

const nameWords = (speaker: string): string[] => foldedWords(speaker).filter((w) => !TITLES.has(w));
// "J." and "JD" are the same given name as far as an attribution can tell.
const sameGiven = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) === 1 && a[0] === b[0]);

/** True when both name a speaker and the names agree; false when either is unknown. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (DESCRIPTION.test(a) || DESCRIPTION.test(b) || ROLE.test(x.at(-1)!) || ROLE.test(y.at(-1)!)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // One word against a fuller name: the surname ("Scholz") or the given name ("Keir") of it.
  if (short.length === 1) return short[0] === long.at(-1) || short[0] === long[0];
  // Two full names: the same surname and the same given name ("José Albares", "José Manuel
  // Albares"); "Donald Trump" and "Melania Trump" are two people.
  return short.at(-1) === long.at(-1) && sameGiven(short[0]!, long[0]!);
}
