// When things happen, per outlet -> a "number" difference for each dated topic where one outlet
// gives a time and another gives another time, no time, or does not mention the topic at all.
import type { Difference } from '../types';
import { DATED_TOPICS } from './eventFacts';
import type { OutletFacts } from './outletFacts';

export const NOT_MENTIONED = 'Not mentioned';
const NOT_STATED = 'Not stated';
const DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** "the early hours of Tuesday" and "Tuesday" name the same day. */
function sameness(value: string): string {
  return DAY.exec(value)?.[1]?.toLowerCase() ?? value.toLowerCase().replace(/^(on|the)\s+/, '');
}

export function compareDatedFacts(outlets: OutletFacts[]): Difference[] {
  const differences: Difference[] = [];
  for (const topic of DATED_TOPICS) {
    const values = outlets.map((o) => {
      const fact = o.dated.get(topic.id);
      return { docId: o.view.docId, outlet: o.view.outlet, value: fact ? (fact.value ?? NOT_STATED) : NOT_MENTIONED };
    });
    if (!outlets.some((o) => o.dated.get(topic.id)?.value)) continue;
    if (new Set(values.map((v) => sameness(v.value))).size < 2) continue;
    differences.push({ id: `when:${topic.id}`, topic: topic.topic, kind: 'number', values });
  }
  return differences;
}
