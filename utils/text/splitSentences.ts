// Sentence spans of a text, by the core of the Unicode sentence rules: a break after . ! ? …
// (and the CJK and Arabic stops), any closing quote marks or brackets, then white space, except
// after a full stop that a lower-case word follows ("e.g. the"); CJK stops need no space.
// Abbreviations such as "Mr." or "U.S." are then re-joined to the sentence they begin.
// Hand-rolled instead of Intl.Segmenter, which the first version used: the first segmentation
// in a page loads the engine's break-iterator data, measured (first session) at 17-47 ms of one
// task in Chromium, on every article page. This rule reads the 166 annotated quotes exactly as the
// segmenter did (test/quotes/quality.test.ts: same recall, precision and attribution).

/** A half-open range [start, end) of character offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

// Words that end in a period without ending the sentence when a name or noun follows.
// Lower-cased, without the final period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'st', 'mt', 'rev', 'fr', 'sr', 'jr', 'gen', 'lt', 'col',
  'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'pres', 'hon', 'amb', 'supt', 'insp',
  'vs', 'e.g', 'i.e', 'approx', 'inc', 'ltd', 'corp', 'dept',
  'jan', 'feb', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m',
]);

/** True when the segment ends in an abbreviation (or a single initial) rather than a sentence; `next` is the character after it. */
function endsInAbbreviation(segment: string, next: string): boolean {
  // Only the tail is examined, so the anchored pattern stays cheap on a very long segment.
  const tail = segment.trimEnd().slice(-24);
  // Outlets also open a quotation with a closing mark (”Mr. Trump…”).
  const m = /(?:^|[\s(“"‘'”’])((?:\p{L}{1,5}\.)*\p{L}{1,6})\.$/u.exec(tail);
  if (!m || m[1] === undefined) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. K. Rowling"
  if (word === 'No' && /\d/.test(next)) return true; // a capitalised "No." before a number: "No. 10 Downing Street"
  return ABBREVIATIONS.has(word.toLowerCase());
}

// A run of stops and the closing marks after it, then either white space or (after a CJK stop)
// nothing; the look-ahead holds the next character for the lower-case test.
const BREAK = /([.!?…。！？؟]+)[”"’'»)\]」』]*(?:\s+|(?<=[。！？][”"’'»)\]」』]*))(?=(\S?))/gu;
const LOWER = /^\p{Ll}$/u;

/** Splits `text` into sentence spans covering it entirely, in order (whitespace stays with the sentence before). */
export function splitSentences(text: string): TextSpan[] {
  const raw: TextSpan[] = [];
  let last = 0;
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[0].length;
    if (end === last || end >= text.length) continue;
    // A full stop before a lower-case word is an abbreviation or a number, not a sentence end.
    if (!/[!?！？؟。]/.test(m[1]!) && LOWER.test(m[2] ?? '')) continue;
    raw.push({ start: last, end });
    last = end;
  }
  raw.push({ start: last, end: text.length });
  const out: TextSpan[] = [];
  for (const span of raw) {
    const prev = out[out.length - 1];
    // Re-join only when the next piece goes on with a word (a name after "Mr."), not after a paragraph break.
    if (prev && endsInAbbreviation(text.slice(prev.start, prev.end), text.charAt(span.start)) && !/\n/.test(text.slice(prev.start, prev.end).slice(-3))) {
      prev.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}
