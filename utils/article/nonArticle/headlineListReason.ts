// A news front page or section front: many headlines linking to other articles and no body of
// its own. Each teaser sits in its own card, so the page's best run of prose stays short.
import type { PageFacts } from '../readPageFacts';

const MIN_HEADLINES = 8;

export function headlineListReason({ doc, prose, meta, scan }: PageFacts): string | null {
  if (prose.paragraphs >= 3 && prose.weight >= 1000) return null;
  const headlines = scan.headlineLinks;
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
