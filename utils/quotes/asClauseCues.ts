// "As X pointed out, “…”" / "As the Rainmakers sang back in the 1980s, “…”" / "As Politico
// reported, “…”": an opening "as" clause names who said the quote that follows its comma, whatever
// its verb. The subject is the name that ends the clause's subject (after a description or a
// possessive: "As RealClearPolitics’ David Byler pointed out" → David Byler), or, for a one-word
// name such as a paper or a band, the name as written.
import type { Cue } from './findCues';
import { parseNamePhrase } from './parseNamePhrase';
import { SPEECH_VERBS } from './speechWords';
import type { ClauseToken } from './tokenizeClause';

const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);
// Past forms that are not "-ed": the verbs "as X …" clauses use.
const IRREGULAR = new Set('wrote sang put said told wrote noted'.split(' '));
const HELPERS = new Set('had has have once'.split(' '));
const PARTICLES = new Set('out it'.split(' '));

/** The cue of an "As X <verb>," clause at the sentence's start, for the quote right after its comma, or null. */
export function asClauseCues(tokens: readonly ClauseToken[]): Cue[] {
  let a = 0;
  if (/^(?:but|and|yet)$/u.test(tokens[a]?.lower ?? '')) a++;
  if (tokens[a]?.lower !== 'as' || tokens[a]?.quote !== null) return [];
  // The subject: from after "as" to the verb (at most eight words, plain spaces).
  let v = a + 1;
  while (v < tokens.length && v - a <= 8) {
    const t = tokens[v];
    // A possessive mark may stand alone in the gap: "RealClearPolitics’ David Byler".
    if (!t || t.quote !== null || (v > a + 1 && !/^['’]?[^\S\n]+$/u.test(t.gap))) return [];
    if (!t.cap && v > a + 1 && (SPEECH_VERBS.has(t.lower) || IRREGULAR.has(t.lower) || HELPERS.has(t.lower) || /^\p{Ll}+ed$/u.test(t.text))) break;
    v++;
  }
  const subject = tokens.slice(a + 1, v);
  let w = v;
  while (HELPERS.has(tokens[w]?.lower ?? '') && spaceOnly(tokens[w + 1]?.gap ?? '')) w++;
  const verb = tokens[w];
  if (!verb || verb.cap || subject.length === 0) return [];
  // Then, up to a comma: a particle and a short time ("back in the 1980s", "in December", "last week").
  let c = w + 1;
  while (c < tokens.length && c - w <= 5 && tokens[c]?.quote === null && spaceOnly(tokens[c]?.gap ?? '')) c++;
  const quote = tokens[c];
  if (!quote || quote.quote === null || !/,\s*$/u.test(quote.gap)) return [];
  if (tokens.slice(w + 1, c).some((t, m) => m === 0 && !PARTICLES.has(t.lower) && !/^(?:back|in|last|this|on|earlier|just|recently|a)$/u.test(t.lower))) return [];
  // The name that ends the subject: its capitalised run.
  let s = subject.length;
  while (s > 0 && subject[s - 1]?.cap && !/^['’]/u.test(subject[s]?.gap ?? '') && !/['’]s$/u.test(subject[s - 1]?.text ?? '')) s--;
  const run = subject.slice(s);
  if (run.length === 0) return [];
  const words = run.map((t) => t.text.replace(/['’]s?$/u, ''));
  if (/['’]s?$/u.test(run[run.length - 1]?.text ?? '')) return [];
  const lead = subject[s - 1];
  if (run.length === 1 || (lead?.lower === 'the' && s === 1) || (run[0]?.lower === 'the' && s === 0)) {
    // "As Politico reported", "As the Rainmakers sang": the name as the text gives it.
    const text = subject.map((t) => t.text).join(' ');
    return [{ kind: 'verb', first: a, last: w, subject: { kind: 'description', text: text.charAt(0).toLowerCase() === 't' && /^the\s/iu.test(text) ? text.replace(/^The\s/u, 'the ') : text }, rule: 'asClause' }];
  }
  const phrase = parseNamePhrase(words);
  if (phrase.name.length === 0) return [];
  return [{ kind: 'verb', first: a, last: w, subject: { kind: 'name', phrase, at: run[0]?.start ?? 0 }, rule: 'asClause' }];
}
