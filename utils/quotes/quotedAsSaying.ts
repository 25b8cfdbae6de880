// "Braynard is quoted as saying, “…”", "the senator was quoted as saying that…": the subject of
// the passive "quoted as saying" is who spoke (the "-ing" verb has no subject of its own).
import type { Subject } from './findCues';
import type { ClauseToken } from './tokenizeClause';

const BE = new Set(['is', 'was', 'are', 'were', 'been', 'being']);
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** The subject of "<X> is quoted as saying" when token i is "saying", with its first index; or null. */
export function quotedAsSaying(
  tokens: readonly ClauseToken[],
  i: number,
  subjectEndingAt: (tokens: readonly ClauseToken[], j: number) => { subject: Subject; first: number } | null,
): { subject: Subject; first: number } | null {
  if (tokens[i]?.lower !== 'saying' || tokens[i - 1]?.lower !== 'as' || tokens[i - 2]?.lower !== 'quoted') return null;
  // Over the helpers: "has been quoted", "was once quoted", "is widely quoted".
  let j = i - 3;
  while (j >= 0 && j > i - 7 && (BE.has(tokens[j]?.lower ?? '') || /^(?:has|have|had|once|also|widely|often|later)$/u.test(tokens[j]?.lower ?? ''))) j--;
  if (j === i - 3) return null;
  for (let k = j + 1; k <= i; k++) if (!spaceOnly(tokens[k]?.gap ?? '') || tokens[k]?.quote !== null) return null;
  const found = subjectEndingAt(tokens, j);
  return found && found.subject.kind !== 'pronoun' ? found : null;
}
