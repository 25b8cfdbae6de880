// People the alias table does not know are keyed by their folded surname, so one outlet's
// "Smyth" and another's "Smith" would be two people. Two such keys from different outlets that
// differ by one or two letters (and that no single outlet uses side by side) are one person
// spelled two ways; this returns the people of each outlet with those keys merged.
import type { PersonFacts } from './findPeople';

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

/** Same first letter, long enough to be a name, and one edit apart (two for long names). */
export function similarSurnames(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false;
  return editDistance(a, b) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
