// A search results page: it says so in JSON-LD, or it has a filled-in search box, a "results
// for" line and no article body (a list of snippets, each linking elsewhere).
import type { PageFacts } from '../readPageFacts';

const REASON = 'This is a search results page: a list of links to other pages, not an article.';
const RESULTS_WORDING = /\b(search results|results for|\d[\d,]* results?\b|no results)|ergebnisse für|résultats pour/i;

export function searchResultsReason({ doc, jsonLd, articleNode, prose }: PageFacts): string | null {
  if (jsonLd.some((node) => node.types.includes('SearchResultsPage'))) return REASON;
  if (articleNode) return null;
  const filledSearch = Array.from(doc.querySelectorAll('input[type="search" i], input[name="q"], input[name="s"], input[name="query"]')).some(
    (input) => (input.getAttribute('value') ?? '').trim() !== '',
  );
  const searchAddress = /[?&](q|s|query|search)=[^&]/i.test(doc.URL) || /\/search\b/i.test(doc.URL);
  if (!filledSearch && !searchAddress) return null;
  const headings = Array.from(doc.querySelectorAll('h1, h2, [role="status"], .results-count, title'))
    .map((el) => el.textContent ?? '')
    .join(' ');
  if (!RESULTS_WORDING.test(headings)) return null;
  if (prose.paragraphs >= 4 && prose.weight >= 1500) return null;
  return REASON;
}
