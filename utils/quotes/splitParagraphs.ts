// Paragraph spans of an article text. Extracted pages join paragraphs with "\n\n", the corpus
// texts with a single "\n"; both mean a paragraph break, so every non-blank line is a paragraph.
// Quotes never run past a paragraph's end, which bounds a lost closing mark.
import type { TextSpan } from '../text/splitSentences';

/** The non-blank lines of `text`, trimmed of surrounding whitespace, in order. */
export function splitParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    // \n, \r, and the Unicode line/paragraph separators end a line.
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      let s = lineStart;
      let e = i;
      while (s < e && /\s/u.test(text.charAt(s))) s++;
      while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e });
      lineStart = i + 1;
    }
  }
  return out;
}
