// Whom each outlet credits -> one "credits" difference when they credit different sources.
// An outlet crediting no one and another crediting exactly that outlet (Sky News' own report
// and an aggregator's copy crediting Sky News) give the same source: not a difference.
import type { Difference } from '../types';
import { foldText } from '../text/foldText';
import type { OutletView } from './outletFacts';

export const NO_CREDIT = 'No one';

export function compareCredits(outlets: OutletView[]): Difference | null {
  const credited = (o: OutletView): string => [...new Set(o.credits.map((c) => foldText(c.trim())))].sort().join('|');
  const agree = (a: OutletView, b: OutletView): boolean =>
    credited(a) === credited(b) ||
    (a.credits.length === 0 && a.ownName !== null && credited(b) === foldText(a.ownName)) ||
    (b.credits.length === 0 && b.ownName !== null && credited(a) === foldText(b.ownName));
  if (outlets.every((a) => outlets.every((b) => agree(a, b)))) return null;
  return {
    id: 'credits',
    topic: 'Who is credited',
    kind: 'credits',
    values: outlets.map((o) => ({ docId: o.docId, outlet: o.outlet, value: o.credits.length > 0 ? [...o.credits] : NO_CREDIT })),
  };
}
