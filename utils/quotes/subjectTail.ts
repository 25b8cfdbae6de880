// What may stand between a sentence's subject and its verb without changing who the subject is:
// a time ("Sen. Ada Rowe on Wednesday morning also called…", "Rowe last week urged…") or where
// the subject is from ("Senator Ada Rowe of Vermont endorsed…", "The Holocaust Museum in
// Washington issued…"). The subject rule then reads the name before it as the subject.
import type { ClauseToken } from './tokenizeClause';

const DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'.split(' '));
const PARTS = new Set('morning afternoon evening night'.split(' '));
const ADVERBS = new Set('also later earlier again first then still now once recently quickly'.split(' '));
const PLACE_PREPOSITIONS = new Set('of in from'.split(' '));
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** A time phrase starting at k ("on Friday", "on Wednesday morning", "last week", "Tuesday"): the index after it, or k. */
function skipTime(tokens: readonly ClauseToken[], k: number): number {
  const t = tokens[k];
  if (!t || t.quote !== null || !spaceOnly(t.gap)) return k;
  if (t.lower === 'on' && DAYS.has(tokens[k + 1]?.lower ?? '') && spaceOnly(tokens[k + 1]?.gap ?? '')) return PARTS.has(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
  if ((t.lower === 'last' || t.lower === 'this') && /^(?:week|month|year|weekend)$/u.test(tokens[k + 1]?.lower ?? '')) return k + 2;
  if (DAYS.has(t.lower)) return PARTS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return k;
}

/**
 * The index of the subject's verb when tokens from j (just after the subject's name) are a time, a
 * place after "of"/"in"/"from", and adverbs, then a lower-case word; j itself when nothing is
 * skipped. Only a place of one to three capitalised words counts, and something must follow it.
 */
export function subjectTail(tokens: readonly ClauseToken[], j: number): number {
  let k = j;
  const t = tokens[k];
  if (t && t.quote === null && spaceOnly(t.gap) && PLACE_PREPOSITIONS.has(t.lower)) {
    let m = k + 1;
    while (m < tokens.length && m - k <= 3 && tokens[m]?.cap && tokens[m]?.quote === null && spaceOnly(tokens[m]?.gap ?? '')) m++;
    if (m === k + 1 || m - k > 3) return j;
    k = m;
  }
  k = skipTime(tokens, k);
  while (k < tokens.length && ADVERBS.has(tokens[k]?.lower ?? '') && !tokens[k]?.cap && spaceOnly(tokens[k]?.gap ?? '')) k++;
  const verb = tokens[k];
  if (k === j || !verb || verb.quote !== null || verb.cap || !spaceOnly(verb.gap) || !/^\p{Ll}+$/u.test(verb.text)) return j;
  return k;
}
