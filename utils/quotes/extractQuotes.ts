// Placeholder until the quotes work lands.
import type { Quote } from '../types';

export function extractQuotes(_text: string): Quote[] {
  return [];
}
