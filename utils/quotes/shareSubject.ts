// Groups and shares as the subject of a reporting verb: "Several said they would…", "most said
// they were “very worried”", "to which 21 percent said “not too likely”", "About four in 10 said
// they were “angry”". The source is the group as the text describes it ("several", "21 percent"),
// which is what the reader sees credited; there is no person to name.
import type { ClauseToken } from './tokenizeClause';

const QUANTIFIERS = new Set('several some many most few half others both all'.split(' '));
const NUMBER = /^(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)$/u;
const APPROXIMATELY = new Set('about nearly almost roughly around over just only'.split(' '));
// Words after which the group opens its own clause.
const OPENERS = new Set('and but while which whom whereas'.split(' '));

const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** The group or share that ends at token j and opens its clause, as a description, or null. */
export function shareSubject(tokens: readonly ClauseToken[], j: number): { text: string; first: number } | null {
  const head = tokens[j];
  if (!head || head.quote !== null) return null;
  let first = -1;
  if (QUANTIFIERS.has(head.lower)) first = j;
  else if (head.lower === 'percent' && NUMBER.test(tokens[j - 1]?.lower ?? '') && spaceOnly(head.gap)) first = j - 1;
  else if (NUMBER.test(head.lower) && tokens[j - 1]?.lower === 'in' && NUMBER.test(tokens[j - 2]?.lower ?? '') && spaceOnly(head.gap) && spaceOnly(tokens[j - 1]?.gap ?? '')) first = j - 2;
  if (first < 0) return null;
  // "about four in 10", "more than half": the approximation belongs to the share.
  if (APPROXIMATELY.has(tokens[first - 1]?.lower ?? '') && spaceOnly(tokens[first]?.gap ?? '')) first--;
  else if (tokens[first - 1]?.lower === 'than' && tokens[first - 2]?.lower === 'more' && spaceOnly(tokens[first]?.gap ?? '')) first -= 2;
  const before = tokens[first - 1];
  const gap = tokens[first]?.gap ?? '';
  const opens = first === 0 || /[,;:—–(]/u.test(gap) || (before !== undefined && before.quote === null && OPENERS.has(before.lower) && spaceOnly(gap));
  if (!opens) return null;
  const text = tokens
    .slice(first, j + 1)
    .map((t) => t.text)
    .join(' ');
  return { text: text.charAt(0).toLowerCase() + text.slice(1), first };
}
