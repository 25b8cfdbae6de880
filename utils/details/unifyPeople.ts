// People the alias table does not know are keyed by their folded surname, so one outlet's
// "Smyth" and another's "Smith" would be two people. Two such keys from different outlets that
// differ by one or two letters (and that no single outlet uses side by side) are one person
// spelled two ways; this returns the people of each outlet with those keys merged.
import type { PersonFacts } from './findPeople';
import { similarSurnames } from './similarSurnames';

export function unifyPeople(perOutlet: Array<Map<string, PersonFacts>>): Array<Map<string, PersonFacts>> {
  const rename = new Map<string, string>();
  const seen: string[] = [];
  for (const people of perOutlet) {
    for (const id of people.keys()) {
      if (!id.startsWith('p:') || seen.includes(id) || rename.has(id)) continue;
      const twin = seen.find((other) => other.startsWith('p:') && similarSurnames(id.slice(2), other.slice(2)) && !perOutlet.some((p) => p.has(id) && p.has(other)));
      if (twin) rename.set(id, twin);
      else seen.push(id);
    }
  }
  if (rename.size === 0) return perOutlet;
  return perOutlet.map((people) => {
    const merged = new Map<string, PersonFacts>();
    for (const [id, facts] of people) {
      const target = rename.get(id) ?? id;
      const known = merged.get(target);
      if (known) merged.set(target, { ...known, spellings: [...new Set([...known.spellings, ...facts.spellings])], sentences: [...known.sentences, ...facts.sentences] });
      else merged.set(target, { ...facts, id: target });
    }
    return merged;
  });
}
