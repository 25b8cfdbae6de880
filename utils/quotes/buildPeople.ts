// The people an article names, so that every way it refers to one person ("Sir Keir Starmer",
// "Sir Keir", "Starmer", "the prime minister") comes out as one canonical name ("Keir Starmer").
// Learned from the article itself: names that carry a title or honorific ("German Chancellor
// Olaf Scholz", "Sir Keir Starmer") and the roles those appositions give. A small built-in table
// (KNOWN_ROLES) adds the roles of the people the bundled corpus is about; it is used only for a
// person the article itself names, so it never brings in a name the text does not contain.
import { foldText } from '../text/foldText';
import { parseNamePhrase, type NamePhrase } from './parseNamePhrase';
import { HONORIFICS, NOT_NAMES, NOT_PERSON_WORDS, QUALIFIERS, ROLE_WORDS } from './speechWords';
import type { ClauseToken } from './tokenizeClause';

/** One person the article names. */
export interface Person {
  /** Canonical name: the fullest form the article uses, titles and honorifics removed. */
  name: string;
  /** Its words, lower-cased and without accents, for matching. */
  keys: string[];
  /** Role phrases that refer to this person ("prime minister", "uk prime minister"). */
  roles: Set<string>;
  /** Can be "he"/"she": named with a title or honorific, or a name with no institution or place word. */
  human: boolean;
  /** From an honorific the article uses (Sir, Mr → male; Dame, Mrs, Ms → female), else null. */
  gender: 'male' | 'female' | null;
}

// First words of place names that are not people ("New Hampshire", "South Carolina").
const PLACE_WORDS = new Set('new south north east west san santa los las des fort saint st lake mount port palm'.split(' '));

// Words that open a sentence or clause and so are capitalised before a name, never part of it:
// "Why Obama's pick matters", "Because Twitter is…", "This Trump doppelganger", "Alongside BLM calls".
const OPENERS = new Set(
  ('because why how what where whose whom who this these those that alongside amid despite whether though although unlike one still yet instead indeed perhaps finally ' +
    // A question or an adverb opening the sentence: "Would Adam Schiff have…?", "Maybe Trump is
    // right", "Once Fetter saw…", "Today Holt closed…", "Accordingly Turkey…", "See Facebook's…".
    // (Not "will", "may", "can" or "do": Will Hurd, Theresa May, Do Kwon.)
    'would could should did does was were is has had maybe once today accordingly see about hosting').split(' '),
);
// A capitalised word that only qualifies: "a Trump-style retort", "White House-era documents".
const QUALIFYING = /-(?:style|like|era|based|led|backed|linked|leaning|owned|run|type|esque)$/u;

// Groups named with a capital ("Democrats blasted…", "Republicans said…"): a description of many
// people, never one person, so never "he" or "she" and never the one a next paragraph quotes.
export const GROUP_NAMES = new Set(
  ('democrats republicans conservatives liberals progressives moderates independents libertarians socialists ' +
    'evangelicals christians catholics protestants muslims jews mormons americans europeans hispanics latinos ' +
    'tories nationalists populists millennials democrat republican').split(' '),
);

/** The phrase without the sentence words before the name. */
function withoutOpener(phrase: NamePhrase): NamePhrase {
  let k = 0;
  while (k < phrase.name.length - 1 && OPENERS.has(foldText(phrase.name[k] ?? ''))) k++;
  return k === 0 ? phrase : { ...phrase, name: phrase.name.slice(k) };
}

// A titled surname ("President Obama") becomes a full name met only later ("Michelle Obama")
// only when that name comes soon after: a headline or summary uses the surname before the lede
// gives the full name; a full name many paragraphs on is someone else of that family.
const NEAR_AFTER = 1500;

const MALE = new Set(['sir', 'lord', 'mr', 'baron']);
const FEMALE = new Set(['dame', 'lady', 'mrs', 'ms', 'miss', 'baroness']);

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

// Adjectives of nation, faith or party: capitalised, but never a speaker's name on their own.
// (The role qualifiers that are also institutions, "Kremlin" or "Labour", can be.)
const ADJECTIVES = new Set([
  ...[...QUALIFIERS].filter((w) => !/^(?:kremlin|labour|tory|conservative|white|house|nato|un|eu|uk|us|u\.s|u\.k)$/u.test(w)),
  ...'jewish muslim christian catholic evangelical hispanic latino asian african congressional federal presidential'.split(' '),
]);

// A word that ends in the first half of a character decoded with the wrong charset: "Ã" or "Â"
// (precomposed or not), perhaps with the control character after it.
const BROKEN_END = /(?:[ÃÂ]|A[\u0302\u0303])[\u0080-\u00bf]?$/u;

// Lower-case words inside names ("Ursula von der Leyen").
const PARTICLES = new Set('de da di du van von der den del la le bin al ben ibn'.split(' '));

function index(map: Map<string, Person[]>, key: string, person: Person): void {
  const list = map.get(key) ?? [];
  if (!list.includes(person)) list.push(person);
  map.set(key, list);
}

// One word folded as every comparison in the project folds (a plain map() would pass the index as options).
const fold = (w: string): string => foldText(w);

/** Reads the article's name phrases (from its tokens) and returns the lookup. */
export function buildPeople(tokens: readonly ClauseToken[]): People {
  const persons: Person[] = [];
  // Indexes, so that an article with thousands of names stays linear: surname -> people,
  // role -> holders, person -> offsets where it is mentioned (kept sorted lazily).
  const bySurname = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>(); // first names of people named with two or more words
  const byRoleKey = new Map<string, Person[]>();
  // Who holds a role bare ("President Obama"), not only with a qualifier ("French President
  // Hollande", "World Bank President Kim"): "the president" means a bare holder first.
  const bareRoles = new Map<Person, Set<string>>();
  const addBareRole = (person: Person, role: string): void => {
    addRole(person, role);
    bareRoles.set(person, (bareRoles.get(person) ?? new Set()).add(role));
  };
  // The titles the article itself gives each person. A built-in role (KNOWN_ROLES, February 2025)
  // yields to them: where a 2016 article writes "President Barack Obama", "the president" is not
  // the Donald Trump it also names.
  const givenRoles = new Map<Person, Set<string>>();
  const giveRole = (person: Person, role: string): void => void givenRoles.set(person, (givenRoles.get(person) ?? new Set()).add(role));
  const mentions = new Map<Person, { at: number[]; sorted: boolean; first: number }>();

  const addRole = (person: Person, key: string): void => {
    if (person.roles.has(key)) return;
    person.roles.add(key);
    const list = byRoleKey.get(key) ?? [];
    list.push(person);
    byRoleKey.set(key, list);
  };

  const mention = (person: Person, at: number): void => {
    const m = mentions.get(person) ?? { at: [], sorted: true, first: at };
    if (m.at.length > 0 && (m.at[m.at.length - 1] ?? 0) > at) m.sorted = false;
    m.at.push(at);
    m.first = Math.min(m.first, at);
    mentions.set(person, m);
  };

  /** The offset of the person's last mention before `at`, or -1. */
  const lastBefore = (person: Person, at: number): number => {
    const m = mentions.get(person);
    if (!m) return -1;
    if (!m.sorted) {
      m.at.sort((x, y) => x - y);
      m.sorted = true;
    }
    let lo = 0;
    let hi = m.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((m.at[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (m.at[lo - 1] ?? -1) : -1;
  };

  /** Where the person is first mentioned (the learning pass records every mention). */
  const firstAt = (person: Person): number => mentions.get(person)?.first ?? Infinity;

  const lastMentioned = (candidates: readonly Person[], at: number): Person | null => {
    if (candidates.length === 1) return candidates[0] ?? null;
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of candidates) {
      const seen = lastBefore(p, at);
      if (seen > bestAt) {
        best = p;
        bestAt = seen;
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
      candidates = [...(bySurname.get(last) ?? []), ...(byFirst.get(last) ?? [])];
    } else if (keys.length === 1) {
      candidates = bySurname.get(last) ?? [];
    } else {
      candidates = (bySurname.get(last) ?? []).filter((p) => p.keys[0] === keys[0]);
    }
    // "Mr. Obama" is not the "Michelle Obama" named last: an honorific keeps to its gender.
    const gender = phrase.honorific ? (MALE.has(phrase.honorific) ? 'male' : FEMALE.has(phrase.honorific) ? 'female' : null) : null;
    if (gender) {
      const same = candidates.filter((p) => p.gender === gender);
      candidates = same.length > 0 ? same : candidates.filter((p) => p.gender === null);
    }
    candidates = candidates.filter((p) => p.keys.length === keys.length || firstAt(p) - at < NEAR_AFTER);
    return lastMentioned(candidates, at) ?? candidates[0] ?? null;
  };

  const add = (given: NamePhrase, at: number, learn: boolean): Person | null => {
    const phrase = withoutOpener(given);
    const keys = phrase.name.map(fold);
    const surname = keys[keys.length - 1];
    if (surname === undefined) return null;
    if (keys.length === 1 && (NOT_NAMES.has(surname) || GROUP_NAMES.has(surname) || OPENERS.has(surname))) return null;
    if (QUALIFYING.test(surname)) return null;
    // An adjective alone ("a heavily Democratic state", "many Jewish leaders") names no one.
    // (With an honorific it is a surname: "Mr. English".)
    if (keys.length === 1 && given.honorific === null && ADJECTIVES.has(surname)) return null;
    let person = find(phrase, at);
    if (!person) {
      if (!learn) return null;
      const looksHuman = keys.every((k) => !NOT_PERSON_WORDS.has(k) && !QUALIFIERS.has(k) && !NOT_NAMES.has(k)) && !phrase.name.some((w) => /^\p{Lu}{2,}$/u.test(w));
      person = { name: phrase.name.join(' '), keys, roles: new Set(), gender: null, human: looksHuman };
      persons.push(person);
      index(bySurname, surname, person);
      if (keys.length > 1) index(byFirst, keys[0] ?? '', person);
      for (const [stem, roles] of Object.entries(KNOWN_ROLES)) {
        if (surname.startsWith(stem)) for (const role of roles) addBareRole(person, role);
      }
    } else if (keys.length > person.keys.length) {
      // A fuller form of a name already seen ("Donald Trump" after "President Trump").
      person.name = phrase.name.join(' ');
      person.keys = keys;
      index(byFirst, keys[0] ?? '', person);
    }
    if (phrase.honorific || phrase.role) person.human = true;
    if (phrase.honorific && MALE.has(phrase.honorific)) person.gender = 'male';
    if (phrase.honorific && FEMALE.has(phrase.honorific)) person.gender = 'female';
    if (phrase.role) {
      if (phrase.qualifier) addRole(person, phrase.role);
      else addBareRole(person, phrase.role);
      giveRole(person, phrase.role);
      if (phrase.qualifier) addRole(person, `${phrase.qualifier} ${phrase.role}`);
      if (phrase.qualifier) giveRole(person, `${phrase.qualifier} ${phrase.role}`);
    }
    mention(person, at);
    return person;
  };

  // Learning pass: runs of capitalised/title words; keep those with a title or honorific, or
  // two or more name words. Fuller forms first, so "Starmer" later finds "Keir Starmer".
  const phrases: Array<{ phrase: NamePhrase; at: number }> = [];
  let run: ClauseToken[] = [];
  // A role run just closed ("the Polish prime minister"), for "…, Donald Tusk," right after it.
  let roleBefore: { phrase: NamePhrase; endIndex: number } | null = null;
  let runStart = 0;
  const flush = (endIndex: number): void => {
    if (run.length > 0) {
      const phrase = parseNamePhrase(run.map((t) => t.text));
      const first = run[0];
      if (roleBefore && phrase.name.length >= 2 && phrase.role === null && roleBefore.endIndex === runStart - 1 && first?.gap.trim() === ',') {
        // An apposition: "the Polish prime minister, Donald Tusk," gives Tusk that role.
        phrase.role = roleBefore.phrase.role;
        phrase.qualifier = roleBefore.phrase.qualifier;
      }
      const titled = phrase.role !== null || phrase.honorific !== null;
      if (phrase.name.length > 0 && (titled || phrase.name.length >= 2)) phrases.push({ phrase, at: first?.start ?? 0 });
      const last = run[run.length - 1];
      roleBefore = phrase.name.length === 0 && phrase.role !== null && last && ROLE_WORDS.has(last.lower) ? { phrase, endIndex: endIndex - 1 } : null;
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    const inPhrase =
      t.quote === null && (t.cap || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower) || QUALIFIERS.has(t.lower) || (run.length > 0 && PARTICLES.has(t.lower)));
    if (!inPhrase || (run.length > 0 && !/^[^\S\n]+$/u.test(t.gap))) flush(i);
    if (inPhrase) {
      if (run.length === 0) runStart = i;
      run.push(t);
    }
  });
  flush(tokens.length);
  // Two-word capitalised runs without a title ("Elysee Palace", "Saudi Arabia") are not people
  // unless the article also gives that name a title or honorific somewhere.
  const titledKeys = new Set(
    phrases.filter(({ phrase }) => phrase.role !== null || phrase.honorific !== null).map(({ phrase }) => fold(phrase.name[phrase.name.length - 1] ?? '')),
  );
  // A plain two- or three-word name made only of name-like words ("Mitt Romney") is kept too:
  // news names most people without a title. Places and institutions carry a word that says so.
  const personLike = (name: readonly string[]): boolean =>
    name.length >= 2 && name.length <= 3 && name.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !NOT_PERSON_WORDS.has(fold(w)) && !QUALIFIERS.has(fold(w)) && !NOT_NAMES.has(fold(w)) && !PLACE_WORDS.has(fold(w)));
  const kept = phrases.filter(
    ({ phrase }) => phrase.role !== null || phrase.honorific !== null || titledKeys.has(fold(phrase.name[phrase.name.length - 1] ?? '')) || personLike(phrase.name),
  );
  kept.sort((a, b) => b.phrase.name.length - a.phrase.name.length);
  for (const { phrase, at } of kept) add(phrase, at, true);

  return {
    byName(phrase, at, learn) {
      // A word cut short by a wrong charset ("Stefan KÃ\u0083 rner") is not a name we can give.
      if (phrase.name.some((w) => BROKEN_END.test(w))) return null;
      return add(phrase, at, learn);
    },
    byRole(role, qualifier, at) {
      const key = qualifier ? `${qualifier} ${role}` : role;
      const listed = byRoleKey.get(key) ?? [];
      const given = listed.filter((p) => givenRoles.get(p)?.has(key));
      const all = given.length > 0 ? given : listed;
      // Several qualified holders and no bare one: "the president" in a US paper that names
      // "French President Hollande" and "World Bank President Kim" is likely neither.
      const bare = qualifier ? all : all.filter((p) => bareRoles.get(p)?.has(role));
      const holders = bare.length > 0 || all.length > 1 ? bare : all;
      return lastMentioned(holders, at) ?? (holders.length === 1 ? (holders[0] ?? null) : null);
    },
  };
}
