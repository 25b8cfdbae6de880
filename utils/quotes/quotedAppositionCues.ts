// "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could…": the sentence opens
// with a name, a comma and a participle phrase that holds a quote, and the reporting verb comes straight
// after that quote. findCues reads appositions only up to a quotation; this one reaches across it,
// to the name that opens the sentence, which both the quote and the verb belong to.
import type { Cue } from './findCues';
import { parseNamePhrase } from './parseNamePhrase';
import type { ClauseToken } from './tokenizeClause';

const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** The cue for a reporting verb right after a quote inside the opening name's apposition, or none. */
export function quotedAppositionCues(tokens: readonly ClauseToken[], finite: ReadonlySet<string>): Cue[] {
  // The opening name: capitalised words (honorifics keep their period), then a comma.
  let n = 0;
  while (n < tokens.length && n < 5 && tokens[n]?.cap && tokens[n]?.quote === null && (n === 0 || spaceOnly(tokens[n]?.gap ?? ''))) n++;
  const after = tokens[n];
  // A participle opens the apposition ("citing", "calling it", "asked about"): in "Chris Dole,
  // who wrote “The Long Road…,” said…" the quote is a title the apposition names, not a remark.
  if (n === 0 || !after || after.gap.trim() !== ',' || after.cap || after.quote !== null || !/^\p{Ll}+(?:ing|ed)$/u.test(after.text)) return [];
  const phrase = parseNamePhrase(tokens.slice(0, n).map((t) => t.text));
  if (phrase.name.length === 0) return [];
  // The first quote after it, ending with a comma inside its marks, then a finite reporting verb.
  for (let q = n + 1; q < tokens.length && q - n <= 12; q++) {
    const t = tokens[q];
    if (!t) return [];
    if (t.quote === null) {
      if (/[.;:!?]/u.test(t.gap)) return [];
      continue;
    }
    const verb = tokens[q + 1];
    if (t.ends !== ',' || !verb || verb.quote !== null || verb.cap || !spaceOnly(verb.gap) || !finite.has(verb.lower)) return [];
    // The cue stands where the verb is, so that it signs the quote right before it.
    return [{ kind: 'verb', first: q + 1, last: q + 1, subject: { kind: 'name', phrase, at: tokens[0]?.start ?? 0 }, rule: 'quotedApposition' }];
  }
  return [];
}
