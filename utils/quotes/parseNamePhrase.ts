// Splits a run of capitalised words and title words ("UK Prime Minister Sir Keir Starmer",
// "former army chief Lord Richard Dannatt") into title, honorific and the person's name.
import { HONORIFICS, NOT_PERSON_WORDS, QUALIFIERS, ROLE_WORDS } from './speechWords';

/** The parts of a name phrase. */
export interface NamePhrase {
  /** The name itself, titles and honorifics removed ("Keir", "Starmer"). */
  name: string[];
  /** The honorific, lower-cased ("sir"), if any. */
  honorific: string | null;
  /** The role, lower-cased ("prime minister"), if any. */
  role: string | null;
  /** What qualifies the role, lower-cased ("uk", "german"), if any. */
  qualifier: string | null;
}

const LEADING_STOPS = new Set(
  ('the a an and but so yet then now however meanwhile also asked speaking while when after before as his her their its ' +
    // A sentence may open with a preposition or a quantifier: "At Monday’s debate", "Neither Clinton nor…".
    'at on in for with from by to during following neither nor only if of under over since until despite amid among without unlike like even ' +
    // …or with its reporting verb: "Said Dorothy Poynter, …", "Stated Stone:".
    'said says stated added asked wrote explained noted continued recalled declared').split(' '),
);
const PARTY_LABELS = new Set(['democrat', 'republican', 'democratic', 'gop', 'independent', 'libertarian']);
const PARTICLES = new Set('de da di du dos das do van von der den del la le bin al ben ibn st'.split(' '));

// Role words that are also common surnames.
const ROLE_HEADS_AS_NAMES = new Set(['king', 'judge', 'head', 'chancellor', 'chair', 'prince', 'queen', 'pope', 'marshall', 'governor', 'chief', 'justice', 'baron', 'bishop', 'cardinal', 'singer', 'actor']);

const bare = (w: string): string => w.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/u, '');
// Job titles written before a name ("CEO Tim Cook", "NASA Administrator Jim Bridenstine", "U.S.
// Attorney Nealy Cox", "Comedian George Lopez"): the title, not part of the name. Only here, where
// a name phrase is split; elsewhere these words do not open a role phrase.
const JOB_TITLES = new Set('ceo cfo coo cto administrator attorney superintendent detective ombudsman comedian actress actor singer songwriter guitarist'.split(' '));
const titleWord = (w: string): boolean => ROLE_WORDS.has(w) || JOB_TITLES.has(w);
// A title word, or titles joined by hyphens ("Singer-songwriter", "Singer-guitarists").
const isRole = (w: string): boolean => titleWord(w) || (w.includes('-') && w.split('-').every((part) => titleWord(part.replace(/s$/u, ''))));

/** Parses the words of a phrase; the name is what follows the last title or honorific. */
export function parseNamePhrase(words: readonly string[]): NamePhrase {
  let i = 0;
  while (i < words.length && LEADING_STOPS.has(bare(words[i] ?? ''))) i++;
  // The last title/honorific word (or possessive: "Japan’s Prime Minister") ends the prefix.
  let last = i - 1;
  for (let k = i; k < words.length; k++) {
    const w = bare(words[k] ?? '');
    if (isRole(w) || HONORIFICS.has(w) || (k < words.length - 1 && /['’]s$/u.test(words[k] ?? ''))) last = k;
  }
  // A role word that ends the phrase after a first name is a surname: "Charlie King", "Mr. King".
  const final = words[words.length - 1] ?? '';
  const beforeFinal = bare(words[words.length - 2] ?? '');
  if (last === words.length - 1 && last > i && /^\p{Lu}\p{Ll}/u.test(final) && ROLE_HEADS_AS_NAMES.has(bare(final))) {
    const prevIsName = /^\p{Lu}/u.test(words[words.length - 2] ?? '') && !ROLE_WORDS.has(beforeFinal) && !QUALIFIERS.has(beforeFinal);
    if (prevIsName || HONORIFICS.has(beforeFinal)) {
      last = words.length - 2;
      while (last >= i && !(ROLE_WORDS.has(bare(words[last] ?? '')) || HONORIFICS.has(bare(words[last] ?? '')))) last--;
    }
  }
  // A lone capitalised role word that is also a surname is the surname: "“…,” King said".
  if (i === words.length - 1 && /^\p{Lu}\p{Ll}/u.test(words[i] ?? '') && ROLE_HEADS_AS_NAMES.has(bare(words[i] ?? '')) && (i === 0 || !/^the$/iu.test(words[i - 1] ?? ''))) {
    return { name: [(words[i] ?? '').replace(/['’]s$/u, '')], honorific: null, role: null, qualifier: null };
  }
  let honorific: string | null = null;
  const role: string[] = [];
  const qualifier: string[] = [];
  for (let k = i; k <= last; k++) {
    const w = bare(words[k] ?? '').replace(/\./gu, '');
    if (HONORIFICS.has(w)) honorific = w;
    else if (isRole(w) || (w === 'of' && role.length > 0)) role.push(w);
    else if (role.length === 0 && (QUALIFIERS.has(w) || /^\p{Lu}/u.test(words[k] ?? ''))) qualifier.push(w);
  }
  const name: string[] = [];
  for (let k = last + 1; k < words.length; k++) {
    const word = words[k] ?? '';
    if (/^\p{Lu}/u.test(word)) name.push(word.replace(/['’]s$/u, ''));
    // A particle may open a surname used alone: "de Blasio said", "dos Santos says".
    else if (PARTICLES.has(word) && (name.length > 0 || /^\p{Lu}/u.test(words[k + 1] ?? ''))) name.push(word);
    else break;
  }
  while (name.length > 0 && PARTICLES.has(name[name.length - 1] ?? '')) name.pop();
  // A party label before a full name is not part of it: "Democrat Hillary Clinton", "Republican Donald Trump".
  // (Not an organisation's: "Democratic Senatorial Campaign Committee".)
  const person = name.length <= 4 && name.every((w) => !NOT_PERSON_WORDS.has(w.toLowerCase()) && !/^\p{Lu}+$/u.test(w));
  while (person && name.length > 2 && PARTY_LABELS.has((name[0] ?? '').toLowerCase())) name.shift();
  const roleWords = role.filter((w) => w !== 'former');
  while (roleWords.length > 0 && roleWords[roleWords.length - 1] === 'of') roleWords.pop();
  return {
    name,
    honorific,
    role: roleWords.length > 0 ? roleWords.join(' ') : null,
    qualifier: qualifier.length > 0 ? qualifier.join(' ') : null,
  };
}
