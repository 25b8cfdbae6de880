// Page furniture that survives in article text: captions, "Read more:" link lists, video prompts,
// "Articles You May Like" headline blocks. Details found there are not the article's own, so the
// details stage drops these lines before looking for anything.

/** Lines that open a block of links to other stories: every short line after them is furniture too. */
export const FURNITURE_BLOCK_START = /^(read more|more on this story|related( stories| articles)?|articles you may like|you may also like|more from|most read|recommended|top stories)\s*:?\s*$/i;

/** Lines that are furniture on their own. */
const FURNITURE_LINE = /^((follow live|watch|listen|analysis|image|video|pic|photo|read more|related|more)\s*:|(advertisement|please use chrome|share this|sign up|subscribe)\b)|\b(pic|photo|photograph|picture|image|credit)s?:/i;

/** Whether one line (a paragraph of the article text) is page furniture rather than reporting. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (FURNITURE_BLOCK_START.test(text) || FURNITURE_LINE.test(text)) return true;
  // A short line that does not end a sentence is a headline, label or credit line ("UK",
  // "(BBC)", "Starmer ‘prepared to send troops to Ukraine’"), not a sentence of the report.
  const words = text.split(/\s+/).length;
  return words <= 12 && !/[.!?:;,][”"’')\]]*$/.test(text);
}
