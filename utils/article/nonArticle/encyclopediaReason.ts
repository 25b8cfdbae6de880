// An encyclopedia entry. Wikipedia labels its pages "Article" in JSON-LD, so the article type
// cannot decide; what gives an encyclopedia away is its apparatus: numbered citation marks,
// a References section, a table of contents, an infobox, "edit" links, a wiki site name.
// Two of these are needed, since a news article can carry one (a "References" box, say).
import type { PageFacts } from '../readPageFacts';

const REASON = 'This is an encyclopedia entry (citations, references, table of contents), not a news article.';

export function encyclopediaReason({ scan, meta, articleNode }: PageFacts): string | null {
  let marks = 0;
  if (scan.citations >= 3) marks++;
  if (scan.subheadings.some((h) => /^(references|notes|citations|sources|einzelnachweise|références|notes et références)\b/i.test(h))) marks++;
  if (scan.hasToc) marks++;
  if (scan.hasInfobox) marks++;
  if (scan.hasEditLinks) marks++;
  const site = `${meta.siteName ?? ''} ${articleNode?.publisher ?? ''}`;
  if (/wiki|encyclop|enzyklop/i.test(site)) marks++;
  return marks >= 2 ? REASON : null;
}
