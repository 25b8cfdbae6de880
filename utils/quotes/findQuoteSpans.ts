// Finds the top-level quoted spans of a text, paragraph by paragraph, in one left-to-right pass
// with a small stack (linear time: no regex backtracking over the text). Hand-rolled because no
// library handles the newspaper conventions below; each rule is covered by test/quotes/.
//  - marks: “…” "…" ‘…’ '…' „…“ „…” ‚…‘ «…» »…« ‹…› 「…」 『…』, inner spaces allowed;
//  - apostrophes are not marks: Britain’s, I’m, ’90s, rock ’n’ roll, leaders’ (when nothing is open);
//  - nested quotes stay inside the outer one; a same-kind mark opened before the first closed
//    starts a new quote (the first lost its closing mark);
//  - a mark left open ends at the paragraph's end; when the next paragraph opens with the same
//    mark, that quote continues the previous one (multi-paragraph quotes).
import type { TextSpan } from '../text/splitSentences';

/** One top-level quotation, inner text only (marks excluded, whitespace trimmed). */
export interface QuoteSpan {
  /** First quoted character. */
  start: number;
  /** Just past the last quoted character. */
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or `end` when the quote was left open. */
  close: number;
  /** Index of its paragraph in the list given. */
  paragraph: number;
  /** False when no closing mark was found before the paragraph's end or the next same-kind mark. */
  closed: boolean;
  /** True when this quote opens a paragraph right after a quote left open: one quote over several paragraphs. */
  continues: boolean;
}

interface Open {
  /** Offset of the opening mark. */
  at: number;
  /** The opening mark. */
  mark: string;
  /** Marks that close it. */
  closers: string;
}

// Opening mark -> the marks that may close it.
const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '‚': '‘’',
  '‘': '’',
  // A straight opening mark closed by a curly one ("…,” Axelrod said): pages that mix the two.
  // A right double mark never opens an English quote, so it can only be this quote's end.
  '"': '"”',
  "'": "'",
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
  '”': '”',
  '’': '’',
};
// Words that begin with an elided letter, where ’ is an apostrophe: ’tis, ’em, ’cause.
const ELISION = /^(?:tis|twas|em|cause|cos|til|bout|n)\b/iu;
// Every quote mark, found by the regex engine: the loop below runs only at marks, not once per
// character of the article in JavaScript.
const ANY_MARK = /[“”„‚‘’"'«»‹›「」『』]/g;

// ASCII answers first: these run once or twice per quote mark, on every mark of the text.
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\x7f' && /[\p{L}\p{N}]/u.test(c));
const isSpace = (c: string): boolean => c === '' || c === ' ' || c === '\n' || (c > '~' || c < '!' ? /[\s\p{Z}]/u.test(c) : false);
/** Characters after which a mark can open a quote: nothing, space, brackets, dashes, slashes, other marks (a closing ” too: "…native-born.”“Your facts are wrong,” Ramos wrote", the space lost). */
const opensAfter = (c: string): boolean => isSpace(c) || /[([{\u2014\u2013\-/:;,…“„‚‘«»‹「『"'”]/u.test(c);

/** A left double mark with a stray space after it still opens ("reported, “ … if the primary were held", "“ you know") when a space stands before it; after a word or a comma it is a misused closing mark ("here,“ said Clyburn"). */
function spacedOpening(text: string, i: number, c: string): boolean {
  return c === '“' && text.charAt(i + 1) === ' ' && (i === 0 || isSpace(text.charAt(i - 1))) && (isLetter(text.charAt(i + 2)) || text.startsWith('…', i + 2) || text.startsWith('...', i + 2));
}

/** Is the single-quote-like mark at i an apostrophe (Britain’s, I’m, ’90s, ’n’)? */
function isApostrophe(text: string, i: number): boolean {
  const prev = text.charAt(i - 1);
  const next = text.charAt(i + 1);
  if (isLetter(prev) && isLetter(next)) return true; // inside a word
  if (/\d/u.test(next) && /^\d\d(?:s\b|\b)/u.test(text.slice(i + 1, i + 4)) && !isLetter(prev)) return true; // ’90s
  // ’n’ in "rock ’n’ roll": the n between two marks.
  if (next === 'n' && /['’‘]/u.test(text.charAt(i + 2)) && isSpace(prev)) return true;
  if (prev === 'n' && /['’‘]/u.test(text.charAt(i - 2)) && isSpace(next)) return true;
  return false;
}

/** Top-level quotes of `text` within the given paragraphs (paragraphs listed in `skip` are ignored). */
export function findQuoteSpans(text: string, paragraphs: TextSpan[], skip: ReadonlySet<number> = new Set()): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let leftOpen: string | null = null; // opening mark of a quote left open by the previous paragraph
  paragraphs.forEach((para, pi) => {
    if (skip.has(pi)) {
      leftOpen = null;
      return;
    }
    const stack: Open[] = [];
    let first = true; // no quote emitted yet in this paragraph
    const emit = (open: Open, innerEnd: number, close: number, closed: boolean): void => {
      let s = open.at + open.mark.length;
      let e = innerEnd;
      while (s < e && isSpace(text.charAt(s))) s++;
      while (e > s && isSpace(text.charAt(e - 1))) e--;
      const inner = text.slice(s, e);
      const continues = first && leftOpen !== null && open.at === para.start && CLOSERS[leftOpen] === open.closers;
      first = false;
      if (!/[\p{L}\p{N}]/u.test(inner)) return;
      out.push({ start: s, end: e, open: open.at, close, paragraph: pi, closed, continues });
    };
    ANY_MARK.lastIndex = para.start;
    for (let found = ANY_MARK.exec(text); found && found.index < para.end; found = ANY_MARK.exec(text)) {
      const i = found.index;
      const c = found[0];
      const prev = text.charAt(i - 1);
      const next = text.charAt(i + 1);
      const single = c === "'" || c === '‘' || c === '’';
      if (single && isApostrophe(text, i)) continue;
      // Closing: the innermost open quote this mark can close (inner quotes left open are dropped).
      let closes = -1;
      for (let k = stack.length - 1; k >= 0; k--) {
        const o = stack[k];
        if (o && o.closers.includes(c)) {
          closes = k;
          break;
        }
      }
      // Guillemets, corner brackets and low marks may have an inner space (« text »); others hug the word.
      const roomy = '«»‹›「『„'.includes(c);
      const canOpen =
        c in CLOSERS &&
        (c === '「' || c === '『' || opensAfter(i === para.start ? '' : prev)) &&
        i + 1 < para.end &&
        (roomy || !isSpace(next) || spacedOpening(text, i, c));
      const straight = c === '"' || c === "'";
      const o = stack[closes];
      if (o) {
        // A straight mark after a space and before a word opens a new quote: the one open lost its close.
        if (straight && isSpace(prev) && isLetter(next)) {
          if (closes === 0) emit(o, i, i, false);
          stack.length = closes;
          stack.push({ at: i, mark: c, closers: CLOSERS[c] ?? c });
          continue;
        }
        stack.length = closes;
        if (closes === 0) emit(o, i, i + 1, true);
        continue;
      }
      if (c === '’' || c === '”' || c === '»' || c === '›' || c === '」' || c === '』') {
        // A closing mark with nothing to close opens only where an opening mark would stand
        // (Swedish ”…”, German »…« and ›…‹); otherwise it is a stray mark or an apostrophe.
        // A right single mark misused as the opening one (’backstop’) opens before a word.
        const misusedRight = c === '’' && canOpen && isLetter(next) && !ELISION.test(text.slice(i + 1, i + 6));
        if (!(misusedRight || (canOpen && (c === '”' || c === '»' || c === '›')))) continue;
      }
      if (!canOpen && (c === '“' || c === '‘') && !isSpace(prev)) {
        // An opening mark misused as the closing one (“backstop“): it closes the quote it matches.
        let k = stack.length - 1;
        while (k >= 0 && stack[k]?.mark !== c) k--;
        const o = stack[k];
        if (o) {
          stack.length = k;
          if (k === 0) emit(o, i, i + 1, true);
        }
        continue;
      }
      if (!canOpen) continue;
      // The same kind of mark as an open quote, opened again: that quote lost its closing mark.
      const closers = CLOSERS[c] ?? c;
      const same = stack.findIndex((o) => o.closers === closers);
      if (same === 0) {
        const o = stack[0];
        if (o) emit(o, i, i, false);
        stack.length = 0;
      } else if (same > 0) {
        stack.length = same;
      }
      stack.push({ at: i, mark: c, closers });
    }
    const top = stack[0];
    if (top) {
      emit(top, para.end, para.end, false);
      leftOpen = top.mark;
    } else {
      leftOpen = null;
    }
  });
  return out;
}
