// Paragraph spans of an article text. Extracted pages join paragraphs with "\n\n", the corpus
// texts with a single "\n"; both mean a paragraph break, so every non-blank line is a paragraph.
// Quotes never run past a paragraph's end, which bounds a lost closing mark. Whether a blank line
// came before is kept: it ends a list of other stories' headlines (findFurnitureLines) and
// separates a standfirst from a hard-wrapped paragraph (the details stage's sentences). Each line
// carries its text, so the spans are the lines findFurnitureLines reads.
import type { TextSpan } from './splitSentences';

/** One non-blank line of a text. */
export interface LineSpan extends TextSpan {
  /** The line's text, text.slice(start, end). */
  text: string;
  /** A blank line (or the start of the text) comes before it. */
  blankBefore: boolean;
}

/** The non-blank lines of `text`, trimmed of surrounding whitespace, in order. */
export function splitParagraphs(text: string): LineSpan[] {
  const out: LineSpan[] = [];
  let lineStart = 0;
  // Line breaks since the last non-blank line: two or more make a blank line ("\r\n" is one break).
  let breaks = 2;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    // \n, \r, and the Unicode line/paragraph separators end a line.
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      let s = lineStart;
      let e = i;
      while (s < e && /\s/u.test(text.charAt(s))) s++;
      while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
      if (e > s) {
        out.push({ start: s, end: e, text: text.slice(s, e), blankBefore: breaks >= 2 });
        breaks = 0;
      }
      if (!(c === 13 && text.charCodeAt(i + 1) === 10)) breaks++;
      lineStart = i + 1;
    }
  }
  return out;
}
