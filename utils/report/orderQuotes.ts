// The popup lists the speaker's own sentences first, then partial quotes (a clause embedded in
// the writer's sentence), then short phrases (scare quotes, "do more"), each group in reading
// order: the quotes people said matter more than the phrases an outlet put in marks.
import type { Quote } from '../types';
import { fragmentLabel } from './fragmentLabel';

const rank = (q: Quote): number => (!q.fragment ? 0 : fragmentLabel(q.text) === 'partial quote' ? 1 : 2);

export function orderQuotes(quotes: Quote[]): Quote[] {
  // Ranked once each; Array.prototype.sort is stable, so reading order is kept within a group.
  const ranked = quotes.map((quote) => ({ quote, rank: rank(quote) }));
  return ranked.sort((a, b) => a.rank - b.rank).map(({ quote }) => quote);
}
