// Page furniture that survives in article text: captions, "Read more:" link lists, video prompts,
// "Articles You May Like" headline blocks. Details found there are not the article's own, so the
// details stage drops these lines before looking for anything. The line rules are the article
// stage's (utils/article/isFurniture.ts), so both stages agree on what furniture is; corpus texts
// and pages from other extractors still carry it, which is why it is checked again here.
import { isFurniture, isListLabel } from '../article/isFurniture';

/** Most words a label, headline or credit line has; a longer line without a full stop is a hard-wrapped sentence. */
const SHORT_LINE_WORDS = 12;
/** The article stage's furniture rules all apply to lines shorter than this; a longer line is a paragraph. */
const LONGEST_FURNITURE = 300;

/** Whether one line (a paragraph of the article text) is page furniture rather than reporting. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (text.length > LONGEST_FURNITURE) return false;
  if (isFurniture(text) || isListLabel(text)) return true;
  // A short line that does not end a sentence is a headline, label or credit line ("UK",
  // "(BBC)", "Starmer ‘prepared to send troops to Ukraine’"), not a sentence of the report.
  return text.split(/\s+/).length <= SHORT_LINE_WORDS && !/[.!?:;,][”"’')\]]*$/.test(text);
}
