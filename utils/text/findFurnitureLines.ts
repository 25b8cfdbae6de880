// The page furniture among the lines of an article, for every stage that reads lines: the article
// stage (body blocks of a page), the quote stage and the details stage (lines of a text; corpus
// texts and pages from other extractors still carry furniture). Single lines go by the rules in
// isFurniture; what needs the lines around it is decided here: the other stories' headlines
// listed after a "Read more:" or "Articles You May Like" label (their quote marks and names
// belong to other stories), and the title line under a video prompt.
import { isFurniture, isHeadlineLike, isListLabel, isVideoPrompt, squash } from './isFurniture';

/** One line as findFurnitureLines reads it. */
export interface FurnitureLine {
  text: string;
  /** A blank line comes before it: after the first headline of a list, that ends the list. */
  blankBefore: boolean;
  /** Share of the text that sits inside links, 0…1, where the stage knows it (page blocks). */
  linkShare?: number;
}

export interface FurnitureOptions {
  /**
   * Also take any short line that does not end a sentence ("UK", "(BBC)", a headline, a credit)
   * for furniture. The details stage wants sentences of reporting only; the quote stage keeps such
   * lines (a quotation in a crosshead is still the article's), and the article stage decides them
   * by where they stand (above the body or in it).
   */
  shortLines?: boolean;
}

/** Most words a label, headline or credit line has; a longer line without a full stop is a hard-wrapped sentence. */
const SHORT_LINE_WORDS = 12;
/** Every furniture rule is for a line shorter than this: a longer line is prose, and is not tested. */
const LONGEST_FURNITURE = 300;
/** A link-heavy line inside a list up to this length is one more linked headline. */
const LINKED_HEADLINE_CHARS = 200;

/** Indices of the lines that are furniture. */
export function findFurnitureLines(lines: readonly FurnitureLine[], options: FurnitureOptions = {}): Set<number> {
  const furniture = new Set<number>();
  // Inside a list of other stories (after its label) until a line that reads as prose, or a blank
  // line after at least one headline (a label may stand a blank line above its list).
  let inList = false;
  let afterLabel = false;
  let afterVideoPrompt = false;
  lines.forEach((line, i) => {
    const text = squash(line.text);
    if (!text) return;
    if (text.length > LONGEST_FURNITURE) {
      inList = false;
      afterLabel = false;
      afterVideoPrompt = false;
      return;
    }
    // A bare label opens a list; a teaser with its headline ("Follow live: …") is one line of
    // furniture by the rules, and what follows it is the article's again (a credit line, "(BBC)").
    if (isListLabel(text)) {
      furniture.add(i);
      inList = true;
      afterLabel = true;
      return;
    }
    if (isVideoPrompt(text)) {
      furniture.add(i);
      afterVideoPrompt = true;
      return;
    }
    const headlineLike = isHeadlineLike(text);
    if (afterVideoPrompt) {
      afterVideoPrompt = false;
      if (headlineLike) {
        furniture.add(i);
        return;
      }
    }
    if (inList && (afterLabel || !line.blankBefore)) {
      if (headlineLike || ((line.linkShare ?? 0) > 0.6 && text.length <= LINKED_HEADLINE_CHARS)) {
        furniture.add(i);
        afterLabel = false;
        return;
      }
    }
    inList = false;
    afterLabel = false;
    if (isFurniture(text) || (options.shortLines && isShortLine(text))) furniture.add(i);
  });
  return furniture;
}

/** A short line that does not end a sentence: a headline, label or credit line. */
const isShortLine = (text: string): boolean => text.split(/\s+/).length <= SHORT_LINE_WORDS && !/[.!?:;,][”"’')\]]*$/.test(text);
