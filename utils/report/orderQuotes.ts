// The popup lists full quotes before fragments (scare quotes, two-word phrases), each group in
// reading order: the quotes people said matter more than the phrases an outlet put in marks.
import type { Quote } from '../types';

export function orderQuotes(quotes: Quote[]): Quote[] {
  return [...quotes.filter((q) => !q.fragment), ...quotes.filter((q) => q.fragment)];
}
