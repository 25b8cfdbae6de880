// A search results page: it says so in JSON-LD, or it has a filled-in search box, a "results
// for" line and no article body (a list of snippets, each linking elsewhere).
import type { PageFacts } from '../readPageFacts';

const REASON = 'This is a search results page: a list of links to other pages, not an article.';
const RESULTS_WORDING = /\b(search results|results for|\d[\d,]* results?\b|no results)|ergebnisse für|résultats pour/i;

export function searchResultsReason({ doc, jsonLd, articleNode, prose, scan, meta }: PageFacts): string | null {
  if (jsonLd.some((node) => node.types.includes('SearchResultsPage'))) return REASON;
  if (articleNode) return null;
  const address = `${doc.URL} ${meta.canonical ?? ''}`;
  const searchAddress = /[?&](q|s|query|search)=[^&]/i.test(address) || /\/search\b/i.test(address);
  if (!scan.filledSearchBox && !searchAddress) return null;
  if (!RESULTS_WORDING.test(`${scan.statusText} ${doc.title}`)) return null;
  if (prose.paragraphs >= 4 && prose.weight >= 1500) return null;
  return REASON;
}
