// "Braynard is quoted as saying, “…”", "the senator was quoted as saying that…": the subject of
// the passive "quoted as saying" is who spoke (the "-ing" verb has no subject of its own).
import type { Subject } from './findCues';
import type { ClauseToken } from './tokenizeClause';

const BE = new Set(['is', 'was', 'are', 'were', 'been', 'being']);
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** Where "quoted" stands when "as saying" follows it at `last`, or after its agent: "was quoted by
 * reporters as saying", "quoted by the Gazette as saying" (the agent only reports); -1 if not. */
function quotedAt(tokens: readonly ClauseToken[], last: number): number {
  if (tokens[last]?.lower === 'quoted') return last;
  for (let k = last - 1; k >= 0 && k >= last - 5; k--) if (tokens[k]?.lower === 'by') return tokens[k - 1]?.lower === 'quoted' ? k - 1 : -1;
  return -1;
}

/** The subject of "<X> is quoted as saying" when token i is "saying", with its first index; or null. */
export function quotedAsSaying(
  tokens: readonly ClauseToken[],
  i: number,
  subjectEndingAt: (tokens: readonly ClauseToken[], j: number) => { subject: Subject; first: number } | null,
): { subject: Subject; first: number } | null {
  if (tokens[i]?.lower !== 'saying' || tokens[i - 1]?.lower !== 'as') return null;
  const quoted = quotedAt(tokens, i - 2);
  if (quoted < 0) return null;
  // Over the helpers: "has been quoted", "was once quoted", "is widely quoted".
  let j = quoted - 1;
  while (j >= 0 && j > quoted - 5 && (BE.has(tokens[j]?.lower ?? '') || /^(?:has|have|had|once|also|widely|often|later)$/u.test(tokens[j]?.lower ?? ''))) j--;
  if (j === quoted - 1) return null;
  for (let k = j + 1; k <= i; k++) if (!spaceOnly(tokens[k]?.gap ?? '') || tokens[k]?.quote !== null) return null;
  const found = subjectEndingAt(tokens, j);
  return found && found.subject.kind !== 'pronoun' ? found : null;
}
