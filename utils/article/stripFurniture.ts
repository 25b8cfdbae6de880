// Removes furniture from a sequence of body blocks. The furniture every stage knows (single-line
// rules, the headlines listed after a "Read more:" label, the title under a video prompt) is
// found by utils/text/findFurnitureLines; what only a page shows is handled here: lines that
// repeat the headline, a section label ("UK") or date line above it, and headlines that are
// nothing but a link.
import { findFurnitureLines } from '../text/findFurnitureLines';
import { foldText } from '../text/foldText';
import { endsLikeSentence, isHeadlineLike, squash } from '../text/isFurniture';

/** One block of body text and how much of it is link text. */
export interface TextBlock {
  text: string;
  /** Share of the text that sits inside links, 0…1. */
  linkShare: number;
  /** Tag of the element that holds it ("p", "li", "h2"). */
  tag: string;
}

// A header line and the page's title compared as every stage compares text (foldText), quote
// marks dropped: one of them may quote a word the other does not.
const normalizeForCompare = (text: string): string =>
  foldText(squash(text))
    .replace(/['"]/g, '')
    .replace(/\s+/g, ' ');

/** What the page says about itself, to recognise its header lines when they sit above the body. */
export interface HeaderHints {
  /** The headline as title, og:title and h1 give it. */
  titles?: readonly string[];
  /** The standfirst as the page's description metadata gives it. */
  descriptions?: readonly string[];
  byline?: string | null;
}

const MONTH_OR_DAY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\b(GMT|UTC|BST|CET|WAT|EST)\b/i;

/** "Monday 17 February 2025 19:32, UK", "Mon 17 Feb 2025 19.32 GMT", "Updated 2 hours ago". */
export function isDateLine(text: string): boolean {
  if (text.length > 70) return false;
  if (/^(updated|published|posted|last updated)\b/i.test(text) && /\d/.test(text)) return true;
  return /\b(19|20)\d{2}\b/.test(text) && MONTH_OR_DAY.test(text) && text.split(' ').length <= 9;
}

/** The kept paragraphs' texts, in order. */
export function stripFurniture(blocks: readonly TextBlock[], hints: HeaderHints = {}): string[] {
  const kept: string[] = [];
  const titleKeys = new Set((hints.titles ?? []).map(normalizeForCompare).filter(Boolean));
  const descriptionKeys = new Set((hints.descriptions ?? []).map(normalizeForCompare).filter(Boolean));
  const byline = hints.byline ? squash(hints.byline) : null;
  // Blocks are paragraphs of the page: no blank lines between them, prose ends a list.
  const furniture = findFurnitureLines(blocks.map((block) => ({ text: block.text, blankBefore: false, linkShare: block.linkShare })));
  let seenProse = false;
  blocks.forEach((block, i) => {
    const text = squash(block.text);
    if (!text || furniture.has(i)) return;
    // A headline that is wholly a link is a teaser for another story.
    if (block.linkShare > 0.8 && !endsLikeSentence(text) && text.length <= 200) return;
    if (!seenProse) {
      // Above the first paragraph: the headline repeated, or a section label like "UK".
      const key = normalizeForCompare(text);
      if (titleKeys.has(key) || descriptionKeys.has(key)) return;
      if (byline && text.includes(byline) && text.length <= byline.length + 40 && !endsLikeSentence(text)) return;
      if (isDateLine(text)) return;
      // Kickers, headlines and straplines: above the body, short and not sentences.
      if (isHeadlineLike(text)) return;
    }
    seenProse = true;
    kept.push(text);
  });
  return kept;
}
