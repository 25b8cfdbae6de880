// Article text -> the sentences of the report itself, furniture dropped. Every detector of the
// details stage reads sentences, so a name in a caption or a headline in a link list never
// becomes a "difference".
import { isListLabel } from '../article/isFurniture';
import { splitSentences } from '../text/splitSentences';
import { isFurnitureLine } from './isFurnitureLine';

/** Longest line (in words) still taken as a headline inside a block of links. */
const BLOCK_HEADLINE_WORDS = 18;

export function bodySentences(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const kept: Array<{ line: string; newParagraph: boolean }> = [];
  // Inside a block of links: how many headlines were skipped so far (null: not in a block).
  let blockSkipped: number | null = null;
  let blankBefore = true;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      blankBefore = true;
      // The block's headlines end at the first blank line after them.
      if (blockSkipped !== null && blockSkipped > 0) blockSkipped = null;
      continue;
    }
    const newParagraph = blankBefore;
    blankBefore = false;
    // "Read more:", "Articles You May Like": the short lines after it are other stories' headlines.
    if (line.length < 60 && isListLabel(line)) {
      blockSkipped = 0;
      continue;
    }
    // A headline is short and does not end with a full stop; a line that does is the report again.
    if (blockSkipped !== null && line.split(/\s+/).length <= BLOCK_HEADLINE_WORDS && !/\.[”"’')\]]*$/.test(line)) {
      blockSkipped++;
      continue;
    }
    blockSkipped = null;
    if (isFurnitureLine(line)) continue;
    kept.push({ line, newParagraph });
  }
  // A line that stops mid-sentence inside a paragraph (a hard wrap, as in "…US President\nDonald
  // Trump's…") is joined with the next line; across a blank line (a standfirst, then the body) it is not.
  const paragraphs: string[] = [];
  for (const { line, newParagraph } of kept) {
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && !newParagraph && !/[.!?:;][”"’')\]]*$/.test(last)) paragraphs[paragraphs.length - 1] = `${last} ${line}`;
    else paragraphs.push(line);
  }
  return paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph)
      .map((span) => paragraph.slice(span.start, span.end).trim())
      .filter((sentence) => sentence.length > 0),
  );
}
