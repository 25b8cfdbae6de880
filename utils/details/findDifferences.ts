// Placeholder until the details work lands.
import type { ArticleInfo, Difference, Quote, QuoteMatch, StoryMatch } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';

/** What the differences stage needs to know about the page. */
export interface PageFacts {
  article: ArticleInfo;
  quotes: Quote[];
  credits: string[];
}

export function findDifferences(_page: PageFacts, _story: StoryMatch[], _quoteMatches: QuoteMatch[], _index: CorpusIndex): Difference[] {
  return [];
}
