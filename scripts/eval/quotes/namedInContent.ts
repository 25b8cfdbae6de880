// A nested report the annotators left inside a content: in `“…,” Sanders said, according to CNN`
// PolNeAR credits the quote to CNN, and the content it marks is `“…,” Sanders said`. The content
// itself names Sanders as the one who said the quoted words, so a reader who is told "Sanders" is
// told what the text says. This is checked narrowly: our speaker's head word must stand in the
// content's own (unquoted) words right next to a reporting verb ("Sanders said", "said Sanders",
// "said Gowdy spokesman Jamal Ware"), and within a few words of a quotation mark of that content,
// so a name merely mentioned there ("Trump said Clinton “caused death”", "until Reuters asked
// about them") does not count.
import type { Span } from './readPolnear';
import { heads } from './sameEntity';
import { foldText } from '../../../utils/text/foldText';

const REPORTING = new Set(
  'said says say told tells added adds wrote writes asked asks replied replies continued explained noted recalled stated tweeted posted declared insisted argued warned'.split(' '),
);
// How far (characters) the name may stand from a quotation mark of the content.
const NEAR = 40;

/** True when the content's unquoted words name `speaker` as the one reporting its quote ("X said" / "said X"). */
export function namedInContent(speaker: string, text: string, content: readonly Span[]): boolean {
  const mine = heads(speaker)[0];
  if (!mine) return false;
  for (const piece of content) {
    const own = text.slice(piece.start, piece.end);
    const marks: number[] = [];
    for (const m of own.matchAll(/[“”"]/gu)) marks.push(m.index);
    if (marks.length === 0) continue;
    // The writer's words of the content, with their offsets; a quoted stretch is one '|' token.
    const words: Array<{ w: string; at: number }> = [];
    for (const m of own.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/gu, (q) => '|'.padEnd(q.length, ' ')).matchAll(/[\p{L}][\p{L}\p{M}'’.-]*|\|/gu)) {
      words.push({ w: foldText(m[0]).replace(/'s?$/u, '').replace(/\.$/u, ''), at: m.index });
    }
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!word || word.w !== mine || !marks.some((k) => Math.abs(k - word.at) <= NEAR)) continue;
      if (REPORTING.has(words[i + 1]?.w ?? '')) return true;
      // "said X" signs a quote before it (`“…,” said X`); in "Trump said Clinton “caused death”" X is inside what was said.
      if (!marks.some((k) => k < word.at && word.at - k <= NEAR)) continue;
      for (let k = i - 1; k >= 0 && k >= i - 4 && words[k]?.w !== '|'; k--) if (REPORTING.has(words[k]?.w ?? '')) return true;
    }
  }
  return false;
}
