// Article text -> the sentences of the report itself, furniture dropped. Every detector of the
// details stage reads sentences, so a name in a caption or a headline in a link list never
// becomes a "difference". Furniture is what every stage takes for it (findFurnitureLines), plus
// any short line that does not end a sentence: a headline, label or credit is not reporting.
import { findFurnitureLines } from '../text/findFurnitureLines';
import { splitParagraphs } from '../text/splitParagraphs';
import { splitSentences } from '../text/splitSentences';

export function bodySentences(text: string): string[] {
  const lines = splitParagraphs(text);
  const furniture = findFurnitureLines(lines, { shortLines: true });
  // A line that stops mid-sentence inside a paragraph (a hard wrap, as in "…US President\nDonald
  // Trump's…") is joined with the next line; across a blank line (a standfirst, then the body) it is not.
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    if (furniture.has(i)) return;
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && !line.blankBefore && !/[.!?:;][”"’')\]]*$/.test(last)) paragraphs[paragraphs.length - 1] = `${last} ${line.text}`;
    else paragraphs.push(line.text);
  });
  return paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph)
      .map((span) => paragraph.slice(span.start, span.end).trim())
      .filter((sentence) => sentence.length > 0),
  );
}
