// Sentence spans of a text. Intl.Segmenter (built into every supported browser and Node,
// so it costs no bundle bytes) does the Unicode sentence rules; it breaks after
// abbreviations such as "Mr." or "U.S.", so those breaks are re-joined here.

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

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
  }
  return segmenter;
}

/**
 * Builds the segmenter and runs it once on a short text. The first segmentation in a page loads
 * the engine's break-iterator data (measured 17-47 ms in Chromium), so the content script does it
 * as a step of its own, letting the page run between it and the quote stage. Once per realm.
 */
let warm = false;
export function warmUpSentenceSplitter(): void {
  if (warm) return;
  warm = true;
  const seg = getSegmenter();
  if (seg) for (const _ of seg.segment('Mr. A said so. Then he left.')) void _;
}

/** True when the segment ends in an abbreviation (or a single initial) rather than a sentence. */
function endsInAbbreviation(segment: string): boolean {
  // Only the tail is examined, so the anchored pattern stays cheap on a very long segment.
  const tail = segment.trimEnd().slice(-24);
  const m = /(?:^|[\s(“"‘'])((?:\p{L}{1,5}\.)*\p{L}{1,6})\.$/u.exec(tail);
  if (!m || m[1] === undefined) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. K. Rowling"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CHUNK = 1000;

/** Consecutive spans of about CHUNK characters, each ending after sentence punctuation and whitespace. */
function chunks(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const cut = /[.!?][”"’'»)\]]*\s+/gu;
  let start = 0;
  while (text.length - start > CHUNK) {
    cut.lastIndex = start + CHUNK;
    const m = cut.exec(text);
    if (!m) break;
    out.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Splits `text` into sentence spans covering it entirely, in order (whitespace stays with the sentence before). */
export function splitSentences(text: string): TextSpan[] {
  const seg = getSegmenter();
  const raw: TextSpan[] = [];
  if (seg) {
    // V8's segment iterator slows down with the length of its input (measured: 5,000 sentences in
    // one 80 KB string took over a second), so it is fed chunks of about 1 KB cut where a sentence
    // visibly ends (". " and the like); the segmenter still decides every break inside a chunk.
    for (const chunk of chunks(text)) {
      for (const s of seg.segment(text.slice(chunk.start, chunk.end))) {
        raw.push({ start: chunk.start + s.index, end: chunk.start + s.index + s.segment.length });
      }
    }
  } else {
    // Fallback for engines without Intl.Segmenter: break after . ! ? (and closing marks) before whitespace.
    const re = /[.!?]+[”"’')\]]*\s+/gu;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      raw.push({ start: last, end: m.index + m[0].length });
      last = m.index + m[0].length;
    }
    if (last < text.length || text.length === 0) raw.push({ start: last, end: text.length });
  }
  const out: TextSpan[] = [];
  for (const span of raw) {
    const prev = out[out.length - 1];
    // Re-join only when the next piece goes on with a word (a name after "Mr."), not after a paragraph break.
    if (prev && endsInAbbreviation(text.slice(prev.start, prev.end)) && !/\n/.test(text.slice(prev.start, prev.end).slice(-3))) {
      prev.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}
