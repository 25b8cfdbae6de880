// Counts per outlet -> a "number" difference for each thing two outlets count differently
// ("30,000 troops" vs "20,000 troops"). Two counts are only set against each other when their
// sentences share a word besides the count ("send", "Britain"): "two hours later" and "three
// hours of talks" count different hours. A count only one outlet gives is not shown: without a
// second count of the same thing there is nothing to set it against.
import type { Difference } from '../types';
import type { Count } from './findCounts';
import { foldText } from '../text/foldText';
import type { OutletFacts } from './outletFacts';

const COMMON = new Set(['that', 'with', 'from', 'have', 'been', 'were', 'said', 'says', 'will', 'would', 'could', 'their', 'there', 'which', 'about', 'after', 'before', 'this', 'they', 'than', 'more', 'also', 'into', 'over', 'some', 'when', 'what', 'them', 'only']);

function contextWords(count: Count): Set<string> {
  const words = foldText(count.sentence).match(/[a-z]{4,}/g) ?? [];
  return new Set(words.filter((w) => !COMMON.has(w) && !w.startsWith(count.noun)));
}

/** Whether two outlets give different counts of the same thing in sentences about the same thing. */
function disagree(a: Count[], b: Count[]): boolean {
  return a.some((x) => {
    const related = b.filter((y) => [...contextWords(y)].some((w) => contextWords(x).has(w)));
    return related.length > 0 && !related.some((y) => y.value === x.value);
  });
}

export function compareCounts(outlets: OutletFacts[]): Difference[] {
  const nouns: string[] = [];
  for (const o of outlets) for (const c of o.counts) if (!nouns.includes(c.noun)) nouns.push(c.noun);
  const differences: Difference[] = [];
  for (const noun of nouns) {
    const counts = outlets.map((o) => o.counts.filter((c) => c.noun === noun));
    if (!counts.some((a, i) => counts.some((b, j) => i !== j && a.length > 0 && b.length > 0 && disagree(a, b)))) continue;
    differences.push({
      id: `count:${noun}`,
      topic: `Number of ${plural(noun)}`,
      kind: 'number',
      values: outlets.map((o, i) => {
        const texts = [...new Set((counts[i] ?? []).map((c) => c.text))];
        return { docId: o.view.docId, outlet: o.view.outlet, value: texts.length > 0 ? texts.join('; ') : 'Not stated' };
      }),
    });
  }
  return differences;
}

function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? noun.replace(/y$/, 'ies') : /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}
