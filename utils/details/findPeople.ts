// Sentences -> the people they name. A small recogniser instead of an NER library (see
// gazetteer.ts for why): the event's people by their aliases, anyone else by a capitalised
// name after a title ("Spanish Foreign Minister José Manuel Albares", "correspondent, Adam
// Parsons", "Lord Richard Dannatt") or before a reporting verb ("Jane Doe said").
import { foldText } from '../text/foldText';
import { PEOPLE } from './gazetteer';
import { lookupPerson } from './lookupPerson';
import { lookupPlace } from './lookupPlace';

/** One person as one text names them. */
export interface PersonFacts {
  /** The alias table's id, or "p:" + the folded surname for people it does not know. */
  id: string;
  /** Display name: the table's, else the fullest form the text uses. */
  name: string;
  /** How the text spells the surname (table spellings, else as written). */
  spellings: string[];
  /** The sentences that name the person, in reading order. */
  sentences: string[];
}

// Latin letters, spelled out: Unicode property classes (\p{L}) cost tens of milliseconds to
// compile on first use, and the names in English-language news are written in Latin script.
const UPPER = String.raw`A-ZÀ-ÖØ-Þ\u0100-\u024F`;
const LETTER = String.raw`A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024F`;
const TOKEN = String.raw`[${UPPER}][${LETTER}'’.-]*[${LETTER}]|[${UPPER}]\.?`;
const LINK = String.raw`(?:\s+(?:von|van|der|den|de|da|di|del|bin|al|of|le|la))*\s+`;
const SEQUENCE = String.raw`(?:${TOKEN})(?:${LINK}(?:${TOKEN}))*`;
const TITLE = String.raw`President|Chancellor|Minister|Secretary|General|State|Sir|Lord|Lady|Dame|Baroness|Baron|Mr|Mrs|Ms|Miss|Dr|Senator|Sen|Rep|Governor|Gov|King|Queen|Prince|Princess|Pope|Ambassador|Envoy|Commissioner|Chief|Leader|Mayor|Judge|Justice|Spokesman|Spokeswoman|Admiral|Colonel|Captain|Major|Professor|Prof`;
const LOWER_TITLE = String.raw`leader|chief|correspondent|editor|spokesman|spokeswoman|spokesperson|minister|secretary|president|chancellor|envoy|ambassador|general|official|commander|analyst|reporter|adviser|advisor|premier|senator|chairman|chairwoman|chair|director|head`;
const REPORTING = String.raw`said|says|told|added|stated|warned|argued|insisted|wrote|posted|declared|remarked|commented|noted`;

const CAPITALISED = new RegExp(SEQUENCE, 'g');
const AFTER_LOWER_TITLE = new RegExp(String.raw`\b(?:${LOWER_TITLE}),?\s+(${SEQUENCE})`, 'g');
const BEFORE_REPORTING = new RegExp(String.raw`(${SEQUENCE})\s+(?:${REPORTING})\b`, 'g');
const REPORTING_WORD = new RegExp(String.raw`\b(?:${REPORTING})\b`);
const LEADING_TITLES = new RegExp(String.raw`^(?:.*\b(?:${TITLE})\s+)`);
const NAME_CHAR = new RegExp(String.raw`[${LETTER}0-9]`);
// Words that make a capitalised run an organisation, an outlet or a role, not a person's name.
const NOT_NAMES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|He|She|It|They|We|I|This|That|But|And|However|Meanwhile|Speaking|Asked|Before|After|During|Following|While|When|Critics|Polish|German|French|Spanish|British|Russian|Ukrainian|American|European|Europeans|Additionally|Overall|Describing|Firstly|Nobody|Office|Officer|Executive|Department|Ministry|Council|Commission|Committee|Party|Government|Army|Forces|House|Union|Court|Assembly|Staff|Cabinet|Group|Agency|News|Online|Times|Post|Journal|Guardian|Telegraph|Express|Mail|Press|Radio|Television|TV|BBC|Reuters|Bloomberg|Politico|Street|Palace|Kremlin|Pentagon|Parliament|Senate|Congress|Bank|Fund|Institute|University|Foundation|Corporation|Company|Ltd|Inc)$/;

// Folded with offsets kept: containsName reads the capital at the place a name was found folded.
const fold = (text: string): string => foldText(text, { keepOffsets: true });

// The alias table folded once, not once per sentence.
const KNOWN = PEOPLE.map((person) => ({
  person,
  // The last word of every alias: a sentence without any of them cannot name the person.
  keys: person.aliases.map((alias) => fold(alias).split(' ').pop() ?? ''),
  aliases: person.aliases.map(fold),
  spellings: person.spellings.map((spelling) => ({ spelling, folded: fold(spelling) })),
}));
const ALIAS_WORDS = ` ${KNOWN.flatMap((k) => k.aliases).join(' | ')} `;

export function findPeople(sentences: string[]): Map<string, PersonFacts> {
  const people = new Map<string, PersonFacts>();
  const add = (id: string, name: string, spelling: string, sentence: string): void => {
    let facts = people.get(id);
    if (!facts) {
      facts = { id, name, spellings: [], sentences: [] };
      people.set(id, facts);
    }
    // Someone the table does not know is shown by the fullest form of the name the text uses.
    if (id.startsWith('p:') && name.split(' ').length > facts.name.split(' ').length) facts.name = name;
    if (!facts.spellings.includes(spelling)) facts.spellings.push(spelling);
    if (!facts.sentences.includes(sentence)) facts.sentences.push(sentence);
  };

  for (const sentence of sentences) {
    const folded = fold(sentence);
    // The event's people, by alias; the spelling is the table spelling the text uses.
    const words = new Set(folded.split(/[^a-z0-9à-ÿ\u0100-\u024f]+/));
    for (const { person, keys, aliases, spellings } of KNOWN) {
      if (!keys.some((key) => words.has(key)) || !aliases.some((alias) => containsName(sentence, folded, alias))) continue;
      const spelling = spellings.find((s) => containsName(sentence, folded, s.folded))?.spelling ?? person.spellings[0] ?? person.name;
      add(person.id, person.name, spelling, sentence);
    }
    // Anyone else, by a title before the name or a reporting verb after it.
    for (const candidate of titledNames(sentence)) {
      if (lookupPerson(candidate)) continue;
      const tokens = candidate.split(/\s+/);
      const surname = tokens[tokens.length - 1] ?? candidate;
      if (tokens.some((t) => NOT_NAMES.test(t)) || lookupPlace(candidate) || tokens.some((t) => lookupPlace(t))) continue;
      // Part of a known person's alias ("Sir Keir" -> "Keir"): that person, already counted.
      if (ALIAS_WORDS.includes(` ${fold(candidate)} `)) continue;
      add(`p:${fold(surname)}`, candidate, surname, sentence);
    }
  }
  // A known unknown's bare surname later in the text ("Hegseth also downplayed…") is the same person.
  for (const facts of [...people.values()].filter((f) => f.id.startsWith('p:'))) {
    const surname = facts.spellings[0];
    if (!surname) continue;
    for (const sentence of sentences) {
      if (!facts.sentences.includes(sentence) && containsName(sentence, fold(sentence), fold(surname))) facts.sentences.push(sentence);
    }
  }
  return people;
}

/** Whether `needle` (a folded name) occurs in `sentence` as a capitalised word sequence. */
function containsName(sentence: string, folded: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) return false;
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + needle.length] ?? ' ';
    const first = sentence[at] ?? '';
    if (!NAME_CHAR.test(before) && !NAME_CHAR.test(after) && first === first.toUpperCase()) return true;
    from = at + 1;
  }
}

/** Names introduced by a title or followed by a reporting verb, titles stripped. */
function titledNames(sentence: string): string[] {
  const names: string[] = [];
  const clean = (raw: string): string => raw.replace(/['’]s?$/, '').trim();
  for (const match of sentence.matchAll(CAPITALISED)) {
    const sequence = match[0];
    // A title is followed by a space and the name: a one-word sequence has none to strip.
    if (!/\s/.test(sequence)) continue;
    const stripped = sequence.replace(LEADING_TITLES, '');
    if (stripped !== sequence && stripped.length > 0 && stripped[0] !== stripped[0]?.toLowerCase()) names.push(clean(stripped));
  }
  for (const match of sentence.matchAll(AFTER_LOWER_TITLE)) {
    if (match[1]) names.push(clean(match[1].replace(LEADING_TITLES, '')));
  }
  for (const match of REPORTING_WORD.test(sentence) ? sentence.matchAll(BEFORE_REPORTING) : []) {
    const name = match[1] ? clean(match[1].replace(LEADING_TITLES, '')) : '';
    if (name.split(/\s+/).length >= 2 && name.split(/\s+/).length <= 4) names.push(name);
  }
  return names.filter((n) => n.length > 2 && !/^[A-Z]\.$/.test(n));
}
