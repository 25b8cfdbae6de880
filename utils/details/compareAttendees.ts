// Who attended, per outlet -> one "list" difference when the outlets name different members,
// or one leaves the list open ("and others") where another does not.
import type { Difference } from '../types';
import type { OutletFacts } from './outletFacts';

export const NOT_STATED = 'Not stated';

export function compareAttendees(outlets: OutletFacts[]): Difference | null {
  const listed = outlets.filter((o) => o.attendees);
  if (listed.length === 0) return null;
  const signature = (o: OutletFacts): string =>
    o.attendees ? `${[...o.attendees.members].sort().join('|')}${o.attendees.openEnded ? '+' : ''}` : '';
  if (new Set(outlets.map(signature)).size < 2) return null;
  const members: string[] = [];
  for (const o of listed) for (const m of o.attendees?.members ?? []) if (!members.includes(m)) members.push(m);
  const place = outlets.some((o) => o.sentences.some((s) => /\bParis\b/.test(s))) ? 'Paris meeting' : 'meeting';
  return {
    id: 'attendees',
    topic: `Who attended the ${place}`,
    kind: 'list',
    values: outlets.map((o) => ({ docId: o.view.docId, outlet: o.view.outlet, value: o.attendees ? [...o.attendees.members] : NOT_STATED })),
    members,
    openEnded: outlets.filter((o) => o.attendees?.openEnded).map((o) => o.view.docId),
  };
}
