// Removes furniture from a sequence of body blocks. Single lines go by the rules in isFurniture;
// what needs context is handled here: the other stories' headlines that follow a "Read more:" or
// "Articles You May Like" label, the title line under a video prompt, lines that repeat the
// headline, a section label ("UK") above it, and headlines that are nothing but a link.
import { endsLikeSentence, isFurniture, isHeadlineLike, isListLabel, isVideoPrompt, squash } from './isFurniture';

/** One block of body text and how much of it is link text. */
export interface TextBlock {
  text: string;
  /** Share of the text that sits inside links, 0…1. */
  linkShare: number;
  /** Tag of the element that holds it ("p", "li", "h2"). */
  tag: string;
}

const normalizeForCompare = (text: string): string =>
  squash(text)
    .toLowerCase()
    .replace(/[‘’'“”"«»]/g, '')
    .replace(/[\s\u00a0]+/g, ' ');

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
  // Inside a list of other stories (after its label) until a line that reads as prose;
  // a video prompt inside such a list takes the next headline-like line (the video's title) with it.
  let inList = false;
  let afterVideoPrompt = false;
  let seenProse = false;
  for (const block of blocks) {
    const text = squash(block.text);
    if (!text) continue;
    if (isListLabel(text)) {
      inList = true;
      continue;
    }
    if (isVideoPrompt(text)) {
      afterVideoPrompt = true;
      continue;
    }
    const headlineLike = isHeadlineLike(text);
    if (afterVideoPrompt) {
      afterVideoPrompt = false;
      if (headlineLike) continue;
    }
    if (inList) {
      if (headlineLike || (block.linkShare > 0.6 && text.length <= 200)) continue;
      inList = false;
    }
    if (isFurniture(text)) continue;
    // A headline that is wholly a link is a teaser for another story.
    if (block.linkShare > 0.8 && !endsLikeSentence(text) && text.length <= 200) continue;
    if (!seenProse) {
      // Above the first paragraph: the headline repeated, or a section label like "UK".
      const key = normalizeForCompare(text);
      if (titleKeys.has(key) || descriptionKeys.has(key)) continue;
      if (byline && text.includes(byline) && text.length <= byline.length + 40 && !endsLikeSentence(text)) continue;
      if (isDateLine(text)) continue;
      // Kickers, headlines and straplines: above the body, short and not sentences.
      if (headlineLike) continue;
    }
    seenProse = true;
    kept.push(text);
  }
  return kept;
}
