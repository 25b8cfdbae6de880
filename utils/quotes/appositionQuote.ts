// A short quotation inside an apposition: a title or a nickname ("Hemsley, the co-author of
// “Going Viral,” said", "Bill Eastland, wearing “Ted Cruz” campaign pins, said"). The rules that
// read over an apposition to find its subject read over such a quotation as over a word.
import type { ClauseToken } from './tokenizeClause';

/** Longest quotation (in characters, with its marks) read as a title rather than someone's words. */
const TITLE_REACH = 40;

/** True when the quotation at index k is a short one inside the writer's phrase, after a word. */
export function appositionQuote(tokens: readonly ClauseToken[], k: number): boolean {
  const q = tokens[k];
  const before = tokens[k - 1];
  if (!q || q.quote === null || !before || before.quote !== null) return false;
  // A colon or a dash before it introduces words; a full stop, "!" or "?" inside ends a sentence.
  if (/[:;—–]/u.test(q.gap) || /[.!?]/u.test(q.ends ?? '')) return false;
  return q.end - q.start <= TITLE_REACH;
}
