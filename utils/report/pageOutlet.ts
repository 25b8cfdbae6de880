// How the header names the page's outlet: what the page says (site name), else the corpus
// article it is, else its web address's host; never a guess.
import type { Analysis } from '../types';

export function pageOutlet(analysis: Analysis): string {
  const site = analysis.article?.siteName?.trim();
  if (site) return site;
  const same = analysis.story.find((s) => s.relation === 'same');
  if (same) return same.outlet;
  if (analysis.url) {
    try {
      return new URL(analysis.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through
    }
  }
  return 'Unknown outlet';
}
