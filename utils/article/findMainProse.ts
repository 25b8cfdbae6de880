// Finds the page's main run of prose: the container whose child paragraphs hold the most text.
// An article keeps its paragraphs side by side in one body; a front page or results page
// scatters short teasers, one per card, so its best "run" stays small. Cheap: one pass over <p>.
import { textWeight } from './textWeight';

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

const SKIP = 'nav, header, footer, aside, form, menu, [role="navigation"], [aria-hidden="true"]';
const MIN_PARAGRAPH = 40;

function linkWeight(p: Element): number {
  let total = 0;
  for (const a of Array.from(p.getElementsByTagName('a'))) total += textWeight(a.textContent ?? '');
  return total;
}

export function findMainProse(doc: Document): MainProse {
  const groups = new Map<Element, { paragraphs: number; weight: number }>();
  let pageParagraphs = 0;
  const body = doc.body;
  if (!body) return { container: null, paragraphs: 0, weight: 0, pageParagraphs: 0 };
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    if (p.closest(SKIP)) continue;
    const text = (p.textContent ?? '').trim();
    const weight = textWeight(text);
    if (weight < MIN_PARAGRAPH) continue;
    // A paragraph that is mostly a link is a teaser or a "read more", not prose.
    if (linkWeight(p) > weight * 0.5) continue;
    pageParagraphs++;
    const parent = p.parentElement;
    if (!parent) continue;
    const group = groups.get(parent) ?? { paragraphs: 0, weight: 0 };
    group.paragraphs++;
    group.weight += weight;
    groups.set(parent, group);
  }
  let best: MainProse = { container: null, paragraphs: 0, weight: 0, pageParagraphs };
  for (const [container, group] of groups) {
    if (group.weight > best.weight) best = { container, ...group, pageParagraphs };
  }
  return best;
}
