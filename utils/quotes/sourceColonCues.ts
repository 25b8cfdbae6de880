// A source named before a colon that opens a quote, in the forms round-ups and columns use
// rather than a reporting verb: "From Bush’s Facebook post: “…”", "More from Jones: “…”",
// "From the report: “…”", "Here’s Clinton in December 1992: “…”". The source is the person who
// owns what is cited (Bush), the named person, or the document as described ("the report").
import type { Cue } from './findCues';
import { parseNamePhrase } from './parseNamePhrase';
import type { ClauseToken } from './tokenizeClause';

const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);
const DETERMINERS = new Set('the a an this that his her their its'.split(' '));
// Where the phrase after "Here’s X" stops: "in December 1992", "on CNN", "at a rally".
const STOPS = new Set('in on at during from with to for of'.split(' '));

/** True when token k opens its clause: the sentence's first token, or after a dash, comma or colon. */
function opensClause(tokens: readonly ClauseToken[], k: number): boolean {
  return k === 0 || /[—–,:]|\s-/u.test(tokens[k]?.gap ?? '');
}

/** The cue for the quote at token q, or null. */
function cueFor(tokens: readonly ClauseToken[], q: number): Cue | null {
  const quote = tokens[q];
  if (!quote || quote.quote === null || !/:\s*$/u.test(quote.gap)) return null;
  // Back over plain words to "from" or "here’s" (at most eight, no punctuation between).
  let k = q - 1;
  while (k >= 0 && q - k <= 8) {
    const t = tokens[k];
    if (!t || t.quote !== null) return null;
    if (t.lower === 'from' || t.lower === 'here') break;
    if (!spaceOnly(t.gap) && k > 0) return null;
    k--;
  }
  const lead = tokens[k];
  if (!lead || k < 0 || k >= q - 1 || !(lead.lower === 'from' || lead.lower === 'here')) return null;
  let first = k;
  if (lead.lower === 'from' && tokens[k - 1]?.lower === 'more' && spaceOnly(lead.gap)) first = k - 1;
  if (lead.lower === 'here') {
    // "Here’s X:" (one token) or "Here is X:".
    if (!/['’]s$/u.test(lead.text)) {
      if (tokens[k + 1]?.lower !== 'is') return null;
      k++;
    }
  }
  if (!opensClause(tokens, first)) return null;
  const words = tokens.slice(k + 1, q);
  // "Here’s Clinton in December 1992": the name stops at a preposition.
  const stop = words.findIndex((w, m) => m > 0 && STOPS.has(w.lower));
  const phrase = stop > 0 ? words.slice(0, stop) : words;
  const head = phrase[0];
  if (!head) return null;
  // "Bush’s Facebook post": the owner is the source.
  const owner = phrase.findIndex((w) => w.cap && /['’]s?$/u.test(w.text));
  if (owner >= 0) {
    const name = phrase.slice(0, owner + 1).map((w) => w.text.replace(/['’]s?$/u, ''));
    const parsed = parseNamePhrase(name);
    if (parsed.name.length === 0) return null;
    return { kind: 'colon', first, last: q - 1, subject: { kind: 'name', phrase: parsed, at: phrase[0]?.start ?? 0 }, rule: 'sourceColon' };
  }
  if (DETERMINERS.has(head.lower)) {
    // "From the report:" — the document as the text describes it.
    if (phrase.length > 4 || phrase.slice(1).some((w) => w.cap)) return null;
    const text = phrase.map((w) => w.text).join(' ');
    return { kind: 'colon', first, last: q - 1, subject: { kind: 'description', text: text.charAt(0).toLowerCase() + text.slice(1) }, rule: 'sourceColon' };
  }
  // "More from Blumenthal and Cohen:": two authors, credited together.
  const and = phrase.findIndex((w) => w.lower === 'and');
  if (and > 0 && and < phrase.length - 1 && phrase.length <= 5 && phrase.every((w, m) => m === and || w.cap)) {
    return { kind: 'colon', first, last: q - 1, subject: { kind: 'description', text: phrase.map((w) => w.text).join(' ') }, rule: 'sourceColon' };
  }
  if (!phrase.every((w) => w.cap) || phrase.length > 4) return null;
  const parsed = parseNamePhrase(phrase.map((w) => w.text));
  if (parsed.name.length === 0) return null;
  return { kind: 'colon', first, last: q - 1, subject: { kind: 'name', phrase: parsed, at: head.start }, rule: 'sourceColon' };
}

/** The "From X:" / "More from X:" / "Here’s X:" cues of one sentence's tokens. */
export function sourceColonCues(tokens: readonly ClauseToken[]): Cue[] {
  const cues: Cue[] = [];
  tokens.forEach((t, q) => {
    if (t.quote === null) return;
    const cue = cueFor(tokens, q);
    if (cue) cues.push(cue);
  });
  return cues;
}
