// How the popup names a corpus article's outlet: never an invented name, but as much as the
// text shows ("Unnamed outlet (credits BBC, Express)").
import type { CorpusMeta } from './indexFormat';

/** The outlet, or an honest description of an unnamed one. */
export function outletLabel(meta: Pick<CorpusMeta, 'outlet' | 'credits' | 'republishes'>): string {
  if (meta.outlet) return meta.outlet;
  if (meta.republishes) return `Unnamed outlet (republishes ${meta.republishes})`;
  if (meta.credits.length) return `Unnamed outlet (credits ${meta.credits.join(', ')})`;
  return 'Unnamed outlet';
}
