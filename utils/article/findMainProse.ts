// Finds the page's main run of prose: the container whose child paragraphs hold the most text.
// An article keeps its paragraphs side by side in one body; a front page or results page
// scatters short teasers, one per card, so its best "run" stays small.
// Paragraphs are grouped by their parent (after leaving single-child wrappers).
import type { ProseParagraph } from './scanPage';

/** The densest block of prose on the page. */
export interface MainProse {
  /** The element whose child paragraphs form the run, or null when the page has none. */
  container: Element | null;
  /** Paragraphs of 40+ (weighted) characters in the run. */
  paragraphs: number;
  /** Their total weighted length. */
  weight: number;
  /** Paragraphs of 40+ characters on the whole page, outside navigation and forms. */
  pageParagraphs: number;
}

const MAX_WRAPPERS = 4;

/** How far above an entry's paragraphs a live blog's list of entries may sit. */
const MAX_ENTRY_LEVELS = 3;

/**
 * A live blog's body: its entries, each its own container of a paragraph or two, gathered into
 * the element that lists them (the nearest ancestor holding most of the entries' text), so the
 * blog reads as one body rather than as its longest single entry.
 */
function gatherEntries(groups: Map<Element, { paragraphs: number; weight: number }>): { container: Element; paragraphs: number; weight: number } | null {
  let best: { container: Element; paragraphs: number; weight: number; groups: number } | null = null;
  const total = [...groups.values()].reduce((sum, g) => sum + g.weight, 0);
  for (let level = 1; level <= MAX_ENTRY_LEVELS; level++) {
    const above = new Map<Element, { paragraphs: number; weight: number; groups: number }>();
    for (const [container, group] of groups) {
      let node: Element | null = container;
      for (let up = 0; up < level && node; up++) node = node.parentElement;
      if (!node) continue;
      const sum = above.get(node) ?? { paragraphs: 0, weight: 0, groups: 0 };
      sum.paragraphs += group.paragraphs;
      sum.weight += group.weight;
      sum.groups++;
      above.set(node, sum);
    }
    for (const [container, sum] of above) {
      if (sum.groups >= 2 && (!best || sum.weight > best.weight)) best = { container, ...sum };
    }
    // The lowest level that gathers most of the text is the list of entries; higher ones only add the page around it.
    if (best && best.weight >= total * 0.8) break;
  }
  return best;
}

export function findMainProse(paragraphs: readonly ProseParagraph[], liveBlog = false): MainProse {
  const groups = new Map<Element, { paragraphs: number; weight: number }>();
  for (const { el, weight, runs } of paragraphs) {
    // Some templates wrap every paragraph in its own block (<div data-component="text-block"><p>):
    // climb out of wrappers that hold nothing else, so the paragraphs still meet in one body.
    let node: Element = el;
    for (let up = 0; up < MAX_WRAPPERS && node.parentElement && node.parentElement.childElementCount === 1 && node.parentElement.localName !== 'body'; up++) {
      node = node.parentElement;
    }
    const parent = node.parentElement;
    if (!parent) continue;
    const group = groups.get(parent) ?? { paragraphs: 0, weight: 0 };
    group.paragraphs += runs ?? 1;
    group.weight += weight;
    groups.set(parent, group);
  }
  const pageParagraphs = paragraphs.reduce((n, p) => n + (p.runs ?? 1), 0);
  let best: MainProse = { container: null, paragraphs: 0, weight: 0, pageParagraphs };
  for (const [container, group] of groups) {
    if (group.weight > best.weight) best = { container, ...group, pageParagraphs };
  }
  const entries = liveBlog ? gatherEntries(groups) : null;
  if (entries && entries.weight > best.weight) best = { ...entries, pageParagraphs };
  return best;
}
