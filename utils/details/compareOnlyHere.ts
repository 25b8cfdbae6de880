// People and claims that exactly one of the compared outlets reports -> "Only in X: …"
// differences, each with the sentence that reports it, so the reader sees what was said.
import type { Difference } from '../types';
import { CLAIMS } from './eventFacts';
import type { PersonFacts } from './findPeople';
import type { OutletFacts } from './outletFacts';

const NOT_MENTIONED = 'Not mentioned';
const MAX_SENTENCE = 240;

export function compareOnlyHere(outlets: OutletFacts[], people: Array<Map<string, PersonFacts>>): Difference[] {
  if (outlets.length < 2) return [];
  const differences: Difference[] = [];
  const only = (holder: OutletFacts, id: string, what: string, sentence: string): void => {
    const where = holder.view.docId === 'page' && holder.view.outlet === 'This page' ? 'Only on this page' : `Only in ${holder.view.outlet}`;
    differences.push({
      id: `only:${id}`,
      topic: `${where}: ${what}`,
      kind: 'only-here',
      values: outlets.map((o) => ({ docId: o.view.docId, outlet: o.view.outlet, value: o === holder ? clip(sentence) : NOT_MENTIONED })),
    });
  };
  outlets.forEach((outlet, i) => {
    for (const [id, person] of people[i] ?? new Map<string, PersonFacts>()) {
      if (people.some((p, j) => j !== i && p.has(id))) continue;
      only(outlet, id, person.name, person.sentences[0] ?? '');
    }
  });
  for (const claim of CLAIMS) {
    const holders = outlets.filter((o) => o.claims.has(claim.id));
    const holder = holders[0];
    if (holders.length === 1 && holder) only(holder, claim.id, claim.topic, holder.claims.get(claim.id) ?? '');
  }
  return differences;
}

function clip(sentence: string): string {
  return sentence.length <= MAX_SENTENCE ? sentence : `${sentence.slice(0, MAX_SENTENCE - 1).replace(/\s+\S*$/, '')}…`;
}
