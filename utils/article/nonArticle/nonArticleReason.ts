// The pages that look newsy but are not articles, checked in order from the most specific kind
// (which gives the reader the most telling reason) to the generic list of headlines.
import type { PageFacts } from '../readPageFacts';
import { NON_ARTICLE_TYPES } from '../articleTypes';
import { loginPageReason } from './loginPageReason';
import { searchResultsReason } from './searchResultsReason';
import { forumThreadReason } from './forumThreadReason';
import { shopPageReason } from './shopPageReason';
import { encyclopediaReason } from './encyclopediaReason';
import { headlineListReason } from './headlineListReason';

function declaredTypeReason({ jsonLd, articleNode }: PageFacts): string | null {
  if (articleNode) return null;
  for (const node of jsonLd) {
    for (const type of node.types) {
      const what = NON_ARTICLE_TYPES.get(type);
      if (what) return `The page describes itself as ${what} (schema.org ${type}), not a news article.`;
    }
  }
  return null;
}

const CHECKS: ReadonlyArray<(facts: PageFacts) => string | null> = [
  loginPageReason,
  searchResultsReason,
  forumThreadReason,
  shopPageReason,
  encyclopediaReason,
  declaredTypeReason,
  headlineListReason,
];

/** Why the page is a known kind of non-article, or null when it is none of them. */
export function nonArticleReason(facts: PageFacts): string | null {
  for (const check of CHECKS) {
    const reason = check(facts);
    if (reason) return reason;
  }
  return null;
}
