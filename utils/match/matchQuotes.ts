// Placeholder until the matching work lands.
import type { Quote, QuoteMatch, StoryMatch } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';

export function matchQuotes(_quotes: Quote[], _index: CorpusIndex, _story: StoryMatch[]): QuoteMatch[] {
  return [];
}
