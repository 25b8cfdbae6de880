// What the toolbar button shows for a tab: on a matched article, the number of other outlets
// that carried the story, and a title that says it in words; nothing anywhere else.
import type { Analysis } from '../types';
import { otherCoverage } from './otherCoverage';

export interface Badge {
  /** Badge text: a number, or '' for none. */
  text: string;
  /** The button's tooltip. */
  title: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function badgeFor(analysis: Analysis | null): Badge {
  const others = analysis ? otherCoverage(analysis.story) : [];
  if (!analysis || !analysis.isArticle || others.length === 0) return { text: '', title: 'Crossquote' };
  const carried = `Carried by ${plural(others.length, 'other outlet', 'other outlets')}`;
  // "Quoted by" counts the outlets that carry at least one of this page's quotes.
  const quoting = new Set(analysis.quoteMatches.flatMap((m) => m.matches.map((c) => c.docId)));
  const quotingOthers = others.filter((s) => quoting.has(s.docId)).length;
  const quoted = quotingOthers > 0 ? `; ${quotingOthers} of them ${quotingOthers === 1 ? 'carries' : 'carry'} its quotes` : '';
  return { text: String(others.length), title: `Crossquote: ${carried}${quoted}` };
}
