// A news front page or section front: many headlines linking to other articles and no body of
// its own. Each teaser sits in its own card, so the page's best run of prose stays short.
import type { PageFacts } from '../readPageFacts';
import { textWeight } from '../textWeight';

const MIN_HEADLINES = 8;

/** Links whose text reads like a headline (four words or more), outside menus and footers. */
export function countHeadlineLinks(doc: Document): number {
  let count = 0;
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    if (a.closest('nav, footer, [role="navigation"]')) continue;
    const text = (a.textContent ?? '').trim();
    const weight = textWeight(text);
    if (weight >= 25 && weight <= 220 && (text.split(/\s+/).length >= 4 || weight > text.length)) count++;
  }
  return count;
}

export function headlineListReason({ doc, prose, meta }: PageFacts): string | null {
  if (prose.paragraphs >= 3 && prose.weight >= 1000) return null;
  const headlines = countHeadlineLinks(doc);
  if (headlines < MIN_HEADLINES) return null;
  const address = meta.canonical ?? meta.ogUrl ?? doc.URL;
  let path = '';
  try {
    path = new URL(address).pathname;
  } catch {
    path = '?';
  }
  const what = path === '/' || path === '' ? 'a news front page' : 'a section front';
  return `This is ${what}: ${headlines} headlines linking to other articles, and no article body of its own.`;
}
