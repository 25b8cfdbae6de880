// Counts per outlet -> a "number" difference for each thing two or more outlets count
// differently ("30,000 troops" vs "20,000 troops"). A count only one outlet gives is not
// shown: without a second count of the same thing there is nothing to set it against.
import type { Difference } from '../types';
import type { OutletFacts } from './outletFacts';

export function compareCounts(outlets: OutletFacts[]): Difference[] {
  const nouns: string[] = [];
  for (const o of outlets) for (const c of o.counts) if (!nouns.includes(c.noun)) nouns.push(c.noun);
  const differences: Difference[] = [];
  for (const noun of nouns) {
    const giving = outlets.filter((o) => o.counts.some((c) => c.noun === noun));
    if (giving.length < 2) continue;
    const valueSets = giving.map((o) => [...new Set(o.counts.filter((c) => c.noun === noun).map((c) => c.value))].sort((a, b) => a - b).join('|'));
    if (new Set(valueSets).size < 2) continue;
    differences.push({
      id: `count:${noun}`,
      topic: `Number of ${plural(noun)}`,
      kind: 'number',
      values: outlets.map((o) => {
        const texts = [...new Set(o.counts.filter((c) => c.noun === noun).map((c) => c.text))];
        return { docId: o.view.docId, outlet: o.view.outlet, value: texts.length > 0 ? texts.join('; ') : 'Not stated' };
      }),
    });
  }
  return differences;
}

function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? noun.replace(/y$/, 'ies') : /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}
