// "in Bolton’s view, “…”", "in the words of a senior adviser, “…”": a phrase
// that credits the quote in its sentence, as "according to" does.
import type { Cue, Subject } from './findCues';
import { parseNamePhrase } from './parseNamePhrase';
import type { ClauseToken } from './tokenizeClause';

// The nouns of the idiom: "in X’s view", "in X’s telling". ("in X’s words" is left out: PolNeAR's
// annotators take "Forbes’ words" itself as the source, so the scorer cannot confirm the owner.)
const NOUNS = new Set(['view', 'telling', 'opinion']);
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** The cue that opens at token i ("in"), or null. `subjectStartingAt` reads "a senior adviser". */
export function inTheWordsOf(
  tokens: readonly ClauseToken[],
  i: number,
  subjectStartingAt: (tokens: readonly ClauseToken[], i: number) => { subject: Subject; last: number } | null,
): Cue | null {
  if (tokens[i]?.lower !== 'in' || tokens[i]?.cap) return null;
  const next = (k: number): ClauseToken | undefined => {
    const t = tokens[k];
    return t && t.quote === null && spaceOnly(t.gap) ? t : undefined;
  };
  // "in the words of X"
  if (next(i + 1)?.lower === 'the' && next(i + 2)?.lower === 'words' && next(i + 3)?.lower === 'of') {
    const s = subjectStartingAt(tokens, i + 4);
    return s && s.subject.kind !== 'pronoun' ? { kind: 'according', first: i, last: s.last, subject: s.subject, rule: 'wordsOf' } : null;
  }
  // "in X’s view": a run of capitalised words, the last one possessive, then the noun.
  // (A plural's apostrophe stands apart, in the gap before the noun: "in Sanders’ view".)
  const bareApostrophe = (m: number): boolean => /s$/u.test(tokens[m]?.text ?? '') && /^['’][^\S\n]+$/u.test(tokens[m + 1]?.gap ?? '');
  const possessive = (m: number): boolean => /['’]s?$/u.test(tokens[m]?.text ?? '') || bareApostrophe(m);
  let k = i + 1;
  while (next(k)?.cap && !possessive(k) && k - i < 5) k++;
  const owner = next(k);
  const noun = tokens[k + 1];
  if (!owner?.cap || !possessive(k) || !noun || noun.quote !== null || !NOUNS.has(noun.lower)) return null;
  if (!spaceOnly(noun.gap) && !bareApostrophe(k)) return null;
  // The phrase closes with a comma or the sentence's end ("…, in Bolton’s view.").
  const after = tokens[k + 2];
  if (after && !/^\s*[,—–]/u.test(after.gap)) return null;
  const phrase = parseNamePhrase(tokens.slice(i + 1, k + 1).map((t) => t.text));
  if (phrase.name.length === 0) return null;
  return { kind: 'according', first: i, last: k + 1, subject: { kind: 'name', phrase, at: tokens[i + 1]?.start ?? 0 }, rule: 'wordsOf' };
}
