// The people an article names, so that every way it refers to one person ("Sir Keir Starmer",
// "Sir Keir", "Starmer", "the prime minister") comes out as one canonical name ("Keir Starmer").
// Learned from the article itself: names that carry a title or honorific ("German Chancellor
// Olaf Scholz", "Sir Keir Starmer") and the roles those appositions give. A small built-in table
// (KNOWN_ROLES) adds the roles of the people the bundled corpus is about; it is used only for a
// person the article itself names, so it never brings in a name the text does not contain.
import { parseNamePhrase, type NamePhrase } from './parseNamePhrase';
import { HONORIFICS, NOT_NAMES, QUALIFIERS, ROLE_WORDS } from './speechWords';
import type { ClauseToken } from './tokenizeClause';

/** One person the article names. */
export interface Person {
  /** Canonical name: the fullest form the article uses, titles and honorifics removed. */
  name: string;
  /** Its words, lower-cased and without accents, for matching. */
  keys: string[];
  /** Role phrases that refer to this person ("prime minister", "uk prime minister"). */
  roles: Set<string>;
}

/** The people of one article and how to find them from a mention. */
export interface People {
  /** The person a name phrase refers to, learning a new one when `learn` is set; null when it names nobody. */
  byName(phrase: NamePhrase, at: number, learn: boolean): Person | null;
  /** The person a role phrase ("the UK prime minister") refers to, or null when the article names no one in it. */
  byRole(role: string, qualifier: string | null, at: number): Person | null;
}

// Roles of the people the corpus covers (February 2025), keyed by a lower-case surname stem.
const KNOWN_ROLES: Record<string, string[]> = {
  starmer: ['prime minister', 'uk prime minister', 'british prime minister', 'pm', 'uk pm', 'labour leader'],
  scholz: ['chancellor', 'german chancellor'],
  macron: ['president', 'french president'],
  trump: ['president', 'us president', 'american president'],
  zelensk: ['president', 'ukrainian president'],
  putin: ['president', 'russian president', 'russian leader', 'kremlin leader'],
  tusk: ['prime minister', 'polish prime minister'],
  albares: ['foreign minister', 'spanish foreign minister'],
  hegseth: ['defense secretary', 'defence secretary', 'us defense secretary', 'us defence secretary'],
  rubio: ['secretary of state', 'us secretary of state'],
  rutte: ['secretary general', 'nato secretary general', 'nato chief'],
  dannatt: ['army chief'],
};

// Lower-case words inside names ("Ursula von der Leyen").
const PARTICLES = new Set('de da di du van von der den del la le bin al ben ibn'.split(' '));

const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Reads the article's name phrases (from its tokens) and returns the lookup. */
export function buildPeople(tokens: readonly ClauseToken[]): People {
  const persons: Person[] = [];
  const mentions: Array<{ at: number; person: Person }> = [];

  const lastMentioned = (candidates: Person[], at: number): Person | null => {
    if (candidates.length === 1) return candidates[0] ?? null;
    let best: Person | null = null;
    let bestAt = -1;
    for (const m of mentions) {
      if (m.at < at && m.at > bestAt && candidates.includes(m.person)) {
        best = m.person;
        bestAt = m.at;
      }
    }
    return best;
  };

  const find = (phrase: NamePhrase, at: number): Person | null => {
    const keys = phrase.name.map(fold);
    const last = keys[keys.length - 1];
    if (last === undefined) return null;
    let candidates: Person[];
    if (keys.length === 1 && (phrase.honorific === 'sir' || phrase.honorific === 'dame')) {
      // "Sir Keir": knights are called by their first name.
      candidates = persons.filter((p) => p.keys[0] === last || p.keys[p.keys.length - 1] === last);
    } else if (keys.length === 1) {
      candidates = persons.filter((p) => p.keys[p.keys.length - 1] === last);
    } else {
      candidates = persons.filter((p) => p.keys[p.keys.length - 1] === last && p.keys[0] === keys[0]);
    }
    return lastMentioned(candidates, at) ?? candidates[0] ?? null;
  };

  const add = (phrase: NamePhrase, at: number, learn: boolean): Person | null => {
    const keys = phrase.name.map(fold);
    if (keys.length === 0) return null;
    if (keys.length === 1 && NOT_NAMES.has(keys[0] ?? '')) return null;
    let person = find(phrase, at);
    if (!person) {
      if (!learn) return null;
      person = { name: phrase.name.join(' '), keys, roles: new Set() };
      persons.push(person);
    } else if (keys.length > person.keys.length) {
      // A fuller form of a name already seen ("Donald Trump" after "President Trump").
      person.name = phrase.name.join(' ');
      person.keys = keys;
    }
    if (phrase.role) {
      person.roles.add(phrase.role);
      if (phrase.qualifier) person.roles.add(`${phrase.qualifier} ${phrase.role}`);
    }
    mentions.push({ at, person });
    return person;
  };

  // Learning pass: runs of capitalised/title words; keep those with a title or honorific, or
  // two or more name words. Fuller forms first, so "Starmer" later finds "Keir Starmer".
  const phrases: Array<{ phrase: NamePhrase; at: number }> = [];
  let run: ClauseToken[] = [];
  const flush = (): void => {
    if (run.length > 0) {
      const phrase = parseNamePhrase(run.map((t) => t.text));
      const titled = phrase.role !== null || phrase.honorific !== null;
      if (phrase.name.length > 0 && (titled || phrase.name.length >= 2)) phrases.push({ phrase, at: run[0]?.start ?? 0 });
    }
    run = [];
  };
  for (const t of tokens) {
    const inPhrase =
      t.quote === null && (t.cap || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower) || QUALIFIERS.has(t.lower) || (run.length > 0 && PARTICLES.has(t.lower)));
    if (!inPhrase || (run.length > 0 && !/^[^\S\n]+$/u.test(t.gap))) flush();
    if (inPhrase) run.push(t);
  }
  flush();
  // Two-word capitalised runs without a title ("Elysee Palace", "Saudi Arabia") are not people
  // unless the article also gives that name a title or honorific somewhere.
  const titledKeys = new Set(
    phrases.filter(({ phrase }) => phrase.role !== null || phrase.honorific !== null).map(({ phrase }) => fold(phrase.name[phrase.name.length - 1] ?? '')),
  );
  const kept = phrases.filter(({ phrase }) => phrase.role !== null || phrase.honorific !== null || titledKeys.has(fold(phrase.name[phrase.name.length - 1] ?? '')));
  kept.sort((a, b) => b.phrase.name.length - a.phrase.name.length);
  for (const { phrase, at } of kept) add(phrase, at, true);

  return {
    byName(phrase, at, learn) {
      return add(phrase, at, learn);
    },
    byRole(role, qualifier, at) {
      const key = qualifier ? `${qualifier} ${role}` : role;
      const holders = persons.filter((p) => {
        if (p.roles.has(key)) return true;
        const surname = p.keys[p.keys.length - 1] ?? '';
        return Object.entries(KNOWN_ROLES).some(([stem, roles]) => surname.startsWith(stem) && roles.includes(key));
      });
      return lastMentioned(holders, at) ?? (holders.length === 1 ? (holders[0] ?? null) : null);
    },
  };
}
