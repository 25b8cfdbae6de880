// "Sam Lau, the communications director for the Iowa Democratic Party said": an apposition that
// the writer never closed with a comma, so the reporting verb follows its last word. The name that
// opens the clause, before the apposition's comma, is the subject.
import type { Subject } from './findCues';
import { isPlaceName } from './isPlaceName';
import type { ClauseToken } from './tokenizeClause';

/** How far back (in words) from the verb the apposition's comma may be. */
const REACH = 16;
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);
// The words an apposition may open with: a described person ("the polling guru", "a former agent")
// or a relative clause ("who is chairman of…").
const OPENERS = new Set(['the', 'a', 'an', 'who', 'former', 'longtime', 'senior', 'chief']);
// Inside the apposition these start a clause whose own subject may be the one who speaks
// ("Trump, the man whom Clinton said…"): then the verb is not the opening name's.
const OTHER_SUBJECT = new Set(['whom', 'that', 'which', 'whose', 'where', 'when', 'said', 'says', 'told']);

// Words that open a sentence's introductory phrase, not a name.
const OPENING_WORDS = new Set('on in at for from with by during after before since under over about as like'.split(' '));

/**
 * The name opening the clause before an unclosed apposition that ends right before the verb at
 * index `verb` (whose helpers end at `j`), or null. `subjectEndingAt` reads a subject phrase.
 */
export function openAppositionSubject(
  tokens: readonly ClauseToken[],
  j: number,
  subjectEndingAt: (tokens: readonly ClauseToken[], j: number) => { subject: Subject; first: number } | null,
): { subject: Subject; first: number } | null {
  for (let k = j; k > 0 && j - k < REACH; k--) {
    const t = tokens[k];
    if (!t || t.quote !== null) return null;
    if (k < j && spaceOnly(tokens[k + 1]?.gap ?? '') === false) return null;
    if (t.gap.trim() !== ',') {
      if (OTHER_SUBJECT.has(t.lower)) return null;
      // A list, not an apposition: "Bill Ames, the mayor and the governors said" is all of them.
      if (t.lower === 'and' && /^(?:the|a|an|his|her|their|other|several|many)$/u.test(tokens[k + 1]?.lower ?? '')) return null;
      continue;
    }
    // The apposition starts at k: a description in lower case, or a relative "who".
    if (t.cap && !OPENERS.has(t.lower)) return null;
    if (!OPENERS.has(t.lower) && !/^\p{Ll}+$/u.test(t.text)) return null;
    // Not a list or a clause: at least two words, the last one before the verb in a name or a noun.
    if (j - k < 1) return null;
    const found = subjectEndingAt(tokens, k - 1);
    if (!found || found.subject.kind !== 'name' || isPlaceName(found.subject.phrase.name)) return null;
    // A person's full name ("Sam Lau"), not an opening word or phrase that the comma closes
    // ("Likewise, a paper … had", "Today, the People's Daily calls", "On Social Security, both…").
    const name = found.subject.phrase.name;
    if (name.length < 2 || !name.every((w) => /\p{Ll}/u.test(w)) || OPENING_WORDS.has(tokens[found.first]?.lower ?? '')) return null;
    // The name opens its clause: at the sentence's start or right after a quotation.
    const before = tokens[found.first - 1];
    if (found.first !== 0 && before?.quote === null) return null;
    return found;
  }
  return null;
}
