// The popup's first-screen answer at many outlets (issue 17, point 7): one line saying how many
// other outlets carried the story and how, how many of the page's quotes they carry and how many
// in other words, and how many details differ — before the lists, which fold at twenty outlets.
import type { Analysis, StoryRelation } from '../types';
import { otherCoverage } from './otherCoverage';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** How each relation is counted in the line, in the order the line lists them. */
const RELATION_WORDS: Array<[StoryRelation, string, string]> = [
  ['copy', 'copy', 'copies'],
  ['rewrite', 'rewrite', 'rewrites'],
  ['related', 'other report', 'other reports'],
];

/** null when no other outlet carried the story (the sections then say so themselves). */
export function coverageSummary(analysis: Analysis): string | null {
  const others = otherCoverage(analysis.story);
  if (others.length === 0) return null;
  // An outlet kept twice (two of its articles in the library) is still one outlet to a reader.
  const outlets = new Set(others.map((m) => m.outlet)).size;
  const how = RELATION_WORDS.map(([relation, one, many]) => [others.filter((m) => m.relation === relation).length, one, many] as const)
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => plural(n, one, many));
  const parts = [`Carried by ${plural(outlets, 'other outlet', 'other outlets')}${how.length > 0 ? ` (${how.join(', ')})` : ''}`];

  const carried = analysis.quoteMatches.filter((m) => m.matches.length > 0);
  if (carried.length > 0) {
    const reworded = carried.filter((m) => m.matches.some((c) => c.relation === 'variant')).length;
    parts.push(`${carried.length} of ${plural(analysis.quotes.length, 'quote', 'quotes')} carried elsewhere${reworded > 0 ? `, ${reworded} in other words` : ''}`);
  }
  if (analysis.differences.length > 0) parts.push(`${plural(analysis.differences.length, 'detail differs', 'details differ')}`);
  return parts.join(' · ');
}
