// Separates what an outlet wrote in its own words from the speech it quotes. Story matching
// measures text reuse on the outlet's own words only: coverage of one event shares the same
// quotes, so counting them as reuse would make every rewrite look like a copy. The quoted
// words are kept apart, as evidence that two articles carry the same remarks.
import { foldedWords } from './foldedWords';

const OPEN = new Set(['\u201C', '"', '\u201E', '\u00AB']);
const CLOSE = new Set(['\u201D', '"', '\u00BB']);

/** Folded words of a text, split into runs that never cross a quote boundary or paragraph break. */
export interface QuoteSplit {
  /** Runs of words outside quotation marks. */
  unquoted: string[][];
  /** Runs of words inside quotation marks. */
  quoted: string[][];
}

/**
 * Splits `text` at double quotation marks. An opening mark with no closing mark in its
 * paragraph quotes to the paragraph's end (the newspaper convention for multi-paragraph
 * quotes). `spans` (quote offsets from the quote stage) count as quoted too.
 */
export function splitQuotedText(text: string, spans: ReadonlyArray<{ start: number; end: number }> = []): QuoteSplit {
  const quoted = new Uint8Array(text.length);
  for (const { start, end } of spans) quoted.fill(1, Math.max(0, start), Math.min(text.length, end));
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (open >= 0) quoted.fill(1, open, i);
      open = -1;
    } else if (open < 0 && OPEN.has(ch)) {
      open = i;
    } else if (open >= 0 && CLOSE.has(ch)) {
      quoted.fill(1, open, i + 1);
      open = -1;
    }
  }
  if (open >= 0) quoted.fill(1, open, text.length);

  const result: QuoteSplit = { unquoted: [], quoted: [] };
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && quoted[i] === quoted[from]) continue;
    const runs = quoted[from] ? result.quoted : result.unquoted;
    for (const paragraph of text.slice(from, i).split(/\n+/)) {
      const words = foldedWords(paragraph);
      if (words.length) runs.push(words);
    }
    from = i;
  }
  return result;
}
