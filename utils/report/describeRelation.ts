// The header's one line on how the page relates to the corpus: "This is Sky News's report",
// "The same text as Sky News's report", "A rewrite — credits BBC". null when nothing matched.
import type { Analysis } from '../types';
import { joinWords } from './joinWords';
import { librarySourceLabel } from '../library/librarySourceLabel';

/** "Sky News's report"; an unknown outlet is named honestly, not given a made-up name. */
export function possessiveReport(outlet: string): string {
  const unnamed = /^unnamed outlet\b\s*(.*)$/i.exec(outlet);
  if (unnamed) return `an unnamed outlet's report${unnamed[1] ? ` ${unnamed[1]}` : ''}`;
  return `${outlet}'s report`;
}

export function describeRelation(analysis: Analysis): string | null {
  const same = analysis.story.find((s) => s.relation === 'same');
  if (same) {
    // The reader's own earlier reading: say so, not "This is X's report" as for a corpus text.
    if (same.source?.kind === 'library') return `You read this before (${librarySourceLabel(same.source)})`;
    // The page may name its publisher where the corpus text does not: do not contradict it.
    if (/^unnamed outlet\b/i.test(same.outlet)) return "This is one of the corpus's reports (its text does not name the outlet)";
    return `This is ${possessiveReport(same.outlet)}`;
  }
  const best = analysis.story[0];
  if (!best) return null;
  switch (best.relation) {
    case 'copy':
      // Not "a copy of": a syndicated text read first in the reader's library may be the copy,
      // and the page the original; the text alone does not tell which came first.
      return `The same text as ${possessiveReport(best.outlet)}`;
    case 'rewrite':
      return analysis.credits.length > 0
        ? `A rewrite — credits ${joinWords(analysis.credits)}`
        : 'A rewrite of the story — it credits no one';
    default:
      return 'Another report of the same event';
  }
}
