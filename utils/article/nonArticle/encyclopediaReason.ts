// An encyclopedia entry. Wikipedia labels its pages "Article" in JSON-LD, so the article type
// cannot decide; what gives an encyclopedia away is its apparatus: numbered citation marks,
// a References section, a table of contents, an infobox, "edit" links, a wiki site name.
// Two of these are needed, since a news article can carry one (a "References" box, say).
import type { PageFacts } from '../readPageFacts';

const REASON = 'This is an encyclopedia entry (citations, references, table of contents), not a news article.';

export function encyclopediaReason({ doc, meta, articleNode }: PageFacts): string | null {
  let marks = 0;
  const citations = doc.querySelectorAll('sup.reference, sup a[href^="#cite"], sup a[href^="#fn"]').length;
  if (citations >= 3) marks++;
  const headings = Array.from(doc.querySelectorAll('h2, h3')).map((h) => (h.textContent ?? '').trim());
  if (headings.some((h) => /^(references|notes|citations|sources|einzelnachweise|références|notes et références)\b/i.test(h))) marks++;
  if (doc.querySelector('#toc, .toc, [role="navigation"][aria-label*="contents" i], nav[aria-label*="contents" i]')) marks++;
  if (doc.querySelector('table.infobox, .infobox')) marks++;
  if (doc.querySelector('.mw-editsection, a[href*="action=edit"]')) marks++;
  const site = `${meta.siteName ?? ''} ${articleNode?.publisher ?? ''}`;
  if (/wiki|encyclop|enzyklop/i.test(site)) marks++;
  return marks >= 2 ? REASON : null;
}
