// One person's name spelled differently by outlets (Zelenskyy / Zelensky) -> a "spelling"
// difference, for people the page names (how two other outlets spell someone this page never
// mentions is not about this page). Spellings are compared folded, so diacritics and case
// ("José"/"Jose") are not differences; outlets that do not name the person are left out.
import type { Difference } from '../types';
import { foldText } from '../text/foldText';
import type { PersonFacts } from './findPeople';
import type { OutletFacts } from './outletFacts';

export function compareSpellings(outlets: OutletFacts[], people: Array<Map<string, PersonFacts>>): Difference[] {
  const ids: string[] = [];
  for (const id of people[0]?.keys() ?? []) ids.push(id);
  const differences: Difference[] = [];
  for (const id of ids) {
    const naming = outlets.map((o, i) => ({ o, person: people[i]?.get(id) })).filter((x) => x.person);
    if (naming.length < 2) continue;
    const key = (person: PersonFacts | undefined): string => [...new Set((person?.spellings ?? []).map((spelling) => foldText(spelling)))].sort().join('|');
    if (new Set(naming.map((x) => key(x.person))).size < 2) continue;
    const name = naming[0]?.person?.name ?? id;
    differences.push({
      id: `spelling:${id.replace(/^p:/, '')}`,
      topic: `Spelling of ${name}'s name`,
      kind: 'spelling',
      values: naming.map(({ o, person }) => ({ docId: o.view.docId, outlet: o.view.outlet, value: (person?.spellings ?? []).join(', ') })),
    });
  }
  return differences;
}
