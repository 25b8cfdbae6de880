// A person's name as written ("Sir Keir", "Zelensky’s", "President Trump") -> the event's
// person it names, from the alias table; null for people the table does not know.
import { foldText } from '../text/foldText';
import { PEOPLE, type PersonEntry } from './gazetteer';

const BY_FOLDED = new Map<string, PersonEntry>();
for (const person of PEOPLE) for (const alias of person.aliases) BY_FOLDED.set(personKey(alias), person);

function personKey(surface: string): string {
  return foldText(surface).replace(/'s?$/, '').replace(/\s+/g, ' ').trim();
}

export function lookupPerson(surface: string): PersonEntry | null {
  return BY_FOLDED.get(personKey(surface)) ?? null;
}
