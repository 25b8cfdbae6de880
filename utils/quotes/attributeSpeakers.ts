// Who said each quotation, read the way a careful news reader reads it, sentence by sentence:
//  1. a cue right after the quote ("…,” he added / “…,” said Sir Keir);
//  2. else the nearest cue before it in the same sentence ("Sir Keir said: “…", "He stated, "…"",
//     "the prime minister said, adding that “…”");
//  3. else the nearest cue after it in the same sentence ("must “safeguard…” and …, Sir Keir added");
//  4. else "according to X" in the sentence;
//  5. else, by the newspaper convention, the speaker of the quote it continues: the next paragraph
//     of a multi-paragraph quote, a quote re-opened straight after the last, or a paragraph that is
//     only a quote after a paragraph that ended with an attributed quote.
// Otherwise the speaker is null: the text does not say, and we do not guess.
// "he"/"she" resolve to the last person named as the subject of a sentence, across paragraphs.
import { asClauseCues } from './asClauseCues';
import { buildPeople, GROUP_NAMES, type People, type Person } from './buildPeople';
import { clauseSubject } from './clauseSubject';
import { findCues, type Cue, type Subject } from './findCues';
import type { QuoteSpan } from './findQuoteSpans';
import { isFragment } from './isFragment';
import { isPlaceName } from './isPlaceName';
import { openingSubject } from './openingSubject';
import { opensWithLooseCue } from './opensWithLooseCue';
import { paragraphSigner } from './paragraphSigner';
import { parseNamePhrase, type NamePhrase } from './parseNamePhrase';
import { canSpeak } from './canSpeak';
import { HONORIFICS, QUALIFIERS, ROLE_WORDS, SAYING_NOUNS, SOURCE_NOUNS, SPEECH_VERBS } from './speechWords';
import { quotedAppositionCues } from './quotedAppositionCues';
import { whatCalledCues } from './whatCalledCues';
import { signatureLine } from './signatureLine';
import { sourceColonCues } from './sourceColonCues';
import { subjectTail } from './subjectTail';
import { tokenizeClause, type ClauseToken } from './tokenizeClause';
import { foldText } from '../text/foldText';
import { splitSentences, type TextSpan } from '../text/splitSentences';

/** Speaker and kind of one quotation. */
export interface Attribution {
  /** Canonical speaker, or null when the text does not say. */
  speaker: string | null;
  /** A fragment of the writer's sentence rather than the speaker's own sentence. */
  fragment: boolean;
  /** Which rule gave the speaker ('' for none), for measuring each rule (scripts/eval-quotes.ts). */
  rule: string;
  /** A speech cue is attached to the quote ("“…,” said X" / "X said: “…”"): a remark, never a title. */
  attached: boolean;
}

interface Resolved {
  speaker: string | null;
  person: Person | null;
}

// Past and present forms of the reporting verbs: "said", "says", "added" (not "saying").
// Forms that are also plural nouns ("His remarks underline…") are left out.
const NOUN_LIKE = new Set('remarks comments notes states claims calls posts answers replies tweets pledges promises vows labels brands terms demands reads echoes'.split(' '));
const FINITE_SET = new Set([...SPEECH_VERBS].filter((v) => !v.endsWith('ing') && !NOUN_LIKE.has(v)));
const FINITE = [...FINITE_SET].join('|');
// A sentence that opens with a short subject and a reporting verb ("Trump said.", "Mr. Jebens
// said, smiling.", "The statement said"); or a dash and the name that signs the quote
// ("― Steve Quinlan").
const CUE_OPENS = new RegExp(
  `^\\s*(?:(?!(?:His|Her|Their|Its|Our|My|Your)\\s)(?:(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|the|a|an|of|de|van|von|al)\\s+){1,6}(?:${FINITE})\\b|(?:he|she|they|we|i)\\s+(?:${FINITE})\\b)`,
  'u',
);
const cueOpens = (head: string): boolean => (CUE_OPENS.test(head) && SIGNS_OFF.test(head)) || /^\s*[―—–-]\s*\p{Lu}/u.test(head) || opensWithLooseCue(head);

// A speaker's name in capitals and a colon opening a transcript line.
const TRANSCRIPT_LABEL = /^((?:\p{Lu}[\p{Lu}'’.-]+)(?:\s\p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u;

/**
 * "Zelensky was described as “brave”": the subject is talked about, not talking. Unless the subject
 * goes on to speak after the passive: "Silverman was booed … after telling holdouts that they were
 * “…”", "Obama is reported to have called the Saudis “…”", "Clinton, who was speaking to mayors,
 * told them…": a reporting verb after the passive is the subject's again.
 */
/** A form of "be" (or "what’s") within the three words before token k: "is today typically called" is passive too. */
function beforeIsBe(tokens: readonly ClauseToken[], k: number): boolean {
  for (let m = Math.max(0, k - 3); m < k; m++) if (/^(?:was|were|is|are|been|being|be|get|got)$/u.test(tokens[m]?.lower ?? '') || /^\p{Ll}+['’]s$/u.test(tokens[m]?.text ?? '')) return true;
  return false;
}

function passiveBefore(tokens: readonly ClauseToken[], b: number): boolean {
  let passive = false;
  // "Rep. Reid Ribble, who was elected in 2010, casts Trump as…": a passive inside a relative
  // clause between commas is about the subject's past, not the main clause.
  // (Unless the quote is still inside it: "Clinton, who has been battered by Comey's conclusion
  // that her actions were “…”".)
  let relative = false;
  let relativePassive = false;
  for (let k = 0; k < b; k++) {
    const w = tokens[k];
    const next = tokens[k + 1];
    if (w && /^(?:who|which)$/u.test(w.lower) && w.gap.includes(',')) relative = true;
    else if (relative && w && w.gap.includes(',')) relative = relativePassive = false;
    const pair = k + 1 < b && w !== undefined && next !== undefined && /^(?:was|were|is|are|been|being|be|get|got)$/u.test(w.lower) && (next.lower.endsWith('ed') || SPEECH_VERBS.has(next.lower));
    if (relative && pair) relativePassive = true;
    if (!relative && pair) {
      passive = true;
      k++;
    } else if (passive && w && w.quote === null && !w.cap && SPEECH_VERBS.has(w.lower) && /(?:ed|ing|^said|^told|^wrote|^spoke)$/u.test(w.lower) && !/^(?:a|an|the|his|her|their|its)$/u.test(tokens[k - 1]?.lower ?? '') && !beforeIsBe(tokens, k)) passive = false;
  }
  return passive || (relative && relativePassive);
}

/**
 * A finite reporting verb right after the quote, within a few words ("…,” Sweeny said); or, after a
 * quote that ends with a comma, "!" or "?" inside its marks, a subject and any past or present verb
 * ("“…,” an angry Hollande retaliated", "“…,” Bennett shot back", "“…,” agrees Michelle Stevens",
 * "“Choke!” blared the front page"):
 * news writing signs a quote that way, so the quote has a speaker of its own, read or not.
 */
function ownVerbAfter(tokens: readonly ClauseToken[], b: number, quoted: string): boolean {
  const comma = /[,!?]\s*$/u.test(quoted);
  let named = false;
  for (let k = b + 1; k < tokens.length && k - b <= 6; k++) {
    const t = tokens[k];
    if (!t || t.quote !== null) return false;
    if (!t.cap && FINITE_SET.has(t.lower)) return true;
    if (k === b + 1 && /^(?:and|or|but|which|who|as|while|because|if|so|for|in|on|at|to|of|with)$/u.test(t.lower)) return false;
    if (t.cap) named = true;
    else if (comma && (named || k === b + 1) && /^\p{L}+(?:ed|s)$/u.test(t.text) && t.gap.trim() === '') return true;
  }
  return false;
}

// After the reporting verb of a sentence that signs the quote before it ("“…” Trump said.",
// "“…,” Welch said, according to…"), nothing that opens a clause of its own: in "Kasich said he
// would have fired…", "Reid said both…", "Mr. Zahed said: “…”" the sentence reports something
// else, and the quote before it is not its.
const SIGNS_OFF = new RegExp(
  `^\\s*(?:(?!(?:His|Her|Their|Its|Our|My|Your)\\s)(?:(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|the|a|an|of|de|van|von|al)\\s+){1,6}|(?:he|she|they|we|i)\\s+)(?:${FINITE})\\b(?!\\s*:|\\s+(?:he|she|they|it|we|i|you|that|this|both|the|a|an|his|her|their|its|there)\\b)`,
  'u',
);

/**
 * The last quote of the sentence before a cue sentence stands alone: nothing but other quotes and
 * punctuation before it. "Jeb Bush called Trump “unhinged.” Sen. Marco Rubio called…" and
 * "Donald Trump said Clinton “caused death.” Bernie Sanders called…": the quote is the object of
 * its own sentence's verb, and the next sentence's cue is someone else's.
 */
function standsAlone(text: string, sentence: TextSpan, quotes: readonly QuoteSpan[]): boolean {
  // The first quote that ends inside the sentence, by binary search (quotes are in text order),
  // then only the quotes inside it: a paragraph of thousands of quotes stays linear.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid]?.close ?? 0) <= sentence.start) lo = mid + 1;
    else hi = mid;
  }
  let at = sentence.start;
  for (let k = lo; k < quotes.length; k++) {
    const q = quotes[k];
    if (!q || q.open >= sentence.end) break;
    if (/\p{L}/u.test(text.slice(at, Math.max(at, q.open)))) return false;
    at = Math.max(at, q.close);
  }
  return !/\p{L}/u.test(text.slice(at, sentence.end));
}

// Words that open a clause with a subject of its own. A cue on one side of such a clause does not
// reach a quote on the other: "After Jerry Brown criticized her, Hillary shot back, “…”" (not
// Brown's), "Kasich came off a strong debate, when many commentators called him “…”" (not Kasich's).
const OPENING_CLAUSE = new Set('after when while whereas although though because until once before since if alongside amid despite unlike'.split(' '));
// Opening words of a phrase with no subject of its own ("Despite his…", "Amid the…").
const PHRASE_OPENERS = new Set('alongside amid despite unlike'.split(' '));
const CLAUSE_WORDS = new Set('when while whereas although though because but'.split(' '));
// "his"/"her" usually go back to the subject ("…, but his guilty pleasure is “…”"): not a new one.
const NEW_SUBJECT = new Set('the a an some many most several one'.split(' '));

/** The index of the token that ends an opening subordinate clause ("After X said Y, …" -> the token after the comma), or -1. */
function openingClauseEnd(tokens: readonly ClauseToken[], quoted: (index: number) => string): number {
  let k = 0;
  // "But when…", "And after…"
  if (tokens[k] && /^(?:but|and|yet|so|then)$/u.test(tokens[k]?.lower ?? '')) k++;
  if (!tokens[k] || !OPENING_CLAUSE.has(tokens[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.gap.includes(',') && t.quote === null) return j;
    // The clause's comma inside a quote's marks: "While Sullivan calls it a “terrific piece,” Clinton…".
    if (t.quote !== null && /,\s*$/u.test(quoted(t.quote))) return j + 1;
  }
  return -1;
}

// Words that open a trailing clause of time or place with a subject of its own.
const TRAILING_CLAUSE = new Set('after before since until where'.split(' '));
// Verbs that take "after" as a particle: "went after Trump", "has gone after Reid".
const GOES_AFTER = new Set('go goes went gone going come comes came coming'.split(' '));

/**
 * "Mr. Trump sent it after Mr. Singer published “…”", "…not until the week after the newspaper’s
 * editorial telling him to leave his “…”": a clause of time or place, with a subject of its own,
 * runs on to the quote with no comma between, so the quote is that clause's, not the sentence
 * subject's. (With a comma the clause opens the sentence or closes before the quote: "Immediately
 * after the attacks, Trump issued a statement, “…”".) For each token, whether such a clause runs
 * on to it, in one pass over the sentence.
 */
function trailingClauses(tokens: readonly ClauseToken[]): boolean[] {
  const open: boolean[] = [];
  let clause = false;
  tokens.forEach((t, m) => {
    // A comma, semicolon, colon or dash closes any clause before it.
    if (/[,;:—–]/u.test(t.gap)) clause = false;
    open.push(clause);
    const next = tokens[m + 1];
    if (m > 0 && next && t.quote === null && next.quote === null && TRAILING_CLAUSE.has(t.lower) && !GOES_AFTER.has(tokens[m - 1]?.lower ?? '') && /^[^\S\n]+$/u.test(next.gap) && (next.cap || NEW_SUBJECT.has(next.lower))) clause = true;
  });
  return open;
}

/** A quote that ends with a comma inside its marks, then one or two words and a finite reporting verb ("“…,” From said"). */
function signedAfter(tokens: readonly ClauseToken[], b: number): boolean {
  const q = tokens[b];
  if (!q || q.ends !== ',') return false;
  for (let k = b + 1; k < tokens.length && k - b <= 3; k++) {
    const w = tokens[k];
    if (!w || w.quote !== null) return false;
    if (k > b + 1 && !w.cap && FINITE_SET.has(w.lower)) return true;
  }
  return false;
}

/** The first token (after the first) that opens a clause with a subject of its own ("…, when many commentators", "while Trump refers"), or Infinity. */
function firstClause(tokens: readonly ClauseToken[]): number {
  for (let m = 1; m + 1 < tokens.length; m++) {
    const t = tokens[m];
    const next = tokens[m + 1];
    // "but" joins clauses after a comma or dash ("…, but the Sanders campaign rejected…"), not in "nothing but a crusader".
    const joins = t?.lower !== 'but' || /[,;—–-]/u.test(t.gap);
    if (t && next && joins && t.quote === null && next.quote === null && CLAUSE_WORDS.has(t.lower) && (next.cap || NEW_SUBJECT.has(next.lower))) return m;
  }
  return Number.POSITIVE_INFINITY;
}

// Nouns for someone who speaks for, or belongs to, the named person or body: in "a spokesman for
// Democratic presidential candidate Hillary Clinton called…" the spokesman is the speaker.
const SPEAKS_FOR = new Set([...SOURCE_NOUNS, ...'columnist columnists editor editors reporter reporters head chief member members friend friends wife husband son daughter brother sister attorney attorneys staffer staffers strategist strategists operative operatives'.split(' ')]);

/**
 * The description a name sits inside, when the name only completes "a spokesman for …", "a
 * columnist for the tech news site …", "the head of …": the words from its determiner to the
 * name, or null when the name opens its own subject.
 */
function speaksFor(tokens: readonly ClauseToken[], nameAt: number, name: string): string | null {
  for (let k = nameAt - 1; k >= 0 && nameAt - k <= 6; k--) {
    const t = tokens[k];
    const after = tokens[k + 1];
    if (!t || t.quote !== null || /[,;:\n]/u.test(after?.gap ?? '')) return null;
    if (!/^(?:for|of|with|at|from)$/u.test(t.lower)) continue;
    const noun = tokens[k - 1];
    if (!noun || noun.cap || !SPEAKS_FOR.has(noun.lower) || !/^[^\S\n]+$/u.test(t.gap)) return null;
    let d = k - 1;
    while (d > 0 && nameAt - d < 10 && !/[,;:\n]/u.test(tokens[d]?.gap ?? '') && tokens[d - 1]?.quote === null && !SPEECH_VERBS.has(tokens[d - 1]?.lower ?? '') && !/^(?:and|or|but|that|while|when|as)$/u.test(tokens[d - 1]?.lower ?? '')) d--;
    const words = tokens.slice(d, nameAt).map((w) => w.text);
    const first = words[0] ?? '';
    return [first.charAt(0).toLowerCase() + first.slice(1), ...words.slice(1), name].join(' ');
  }
  return null;
}

// Words that join a clause of its own rather than open the verb's object.
const JOINS_CLAUSES = new Set('and or but as after when while before because if since until though although whereas once'.split(' '));
const PREPOSITION = new Set('in on at for of with to from into about'.split(' '));

/** The quote at `b` is what a passive reporting verb just before it reports, with no preposition between ("was called a “dictator”"). */
function passiveObject(tokens: readonly ClauseToken[], b: number, by: number): boolean {
  if (b >= by) return false;
  for (let m = b - 1; m >= 0 && b - m <= 3; m--) {
    const t = tokens[m];
    if (!t || t.quote !== null || PREPOSITION.has(t.lower)) return false;
    if (SPEECH_VERBS.has(t.lower)) return /^(?:was|were|is|are|been|being|be|get|got)$/u.test(tokens[m - 1]?.lower ?? '');
  }
  return false;
}

/**
 * "Sir Keir’s assertion that “…”", "Starmer’s warning: “…”": the possessive's noun introduces what
 * was said. In "saying Trump’s comments are “…”" or "called Trump’s remarks “racist”" the quote
 * judges the remarks, and is not theirs.
 */
function possessiveOpens(tokens: readonly ClauseToken[], noun: number, b: number): boolean {
  const next = tokens[noun + 1];
  return noun + 1 === b || next?.lower === 'that' || /[:,]/u.test(next?.gap ?? '');
}

/** Sentences of one paragraph, joined where a break falls inside a quotation. */
function paragraphSentences(text: string, para: TextSpan, quotes: readonly QuoteSpan[]): TextSpan[] {
  const raw = splitSentences(text.slice(para.start, para.end)).map((s) => ({ start: s.start + para.start, end: s.end + para.start }));
  const out: TextSpan[] = [];
  let q = 0;
  for (const s of raw) {
    const prev = out[out.length - 1];
    // “…?” asked Mr Sánchez — a lower-case start goes on with the sentence before.
    if (prev && /^\s*\p{Ll}/u.test(text.slice(s.start, Math.min(s.end, s.start + 40)))) {
      prev.end = s.end;
      continue;
    }
    // Initials do not end a sentence: "Rep. G.K. Butterfield", "John F. Kerry".
    if (prev && /(?:^|[\s.])\p{Lu}\.\s*$/u.test(text.slice(Math.max(prev.start, s.start - 6), s.start))) {
      prev.end = s.end;
      continue;
    }
    // “…?” Trump said. — the cue after a quote that ends its own sentence still belongs to it.
    if (prev && /[.!?…][”"’»]+\s*$/u.test(text.slice(Math.max(prev.start, s.start - 4), s.start)) && standsAlone(text, prev, quotes) && cueOpens(text.slice(s.start, Math.min(s.end, s.start + 90)))) {
      prev.end = s.end;
      continue;
    }
    while (q < quotes.length && (quotes[q]?.close ?? 0) <= s.start) q++;
    const inside = quotes[q];
    if (prev && inside && inside.open < s.start && s.start < Math.max(inside.close, inside.end)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

function resolve(subject: Subject, people: People, subjects: readonly Person[]): Resolved | null {
  switch (subject.kind) {
    case 'pronoun': {
      // The last subject the pronoun can refer to: "she" skips a man known as "Sir"/"Mr".
      // Only a person can be "he"/"she": "Downing Street said …" does not change who "he" is.
      const person = subjects.find((p) => p.human && p.gender !== (subject.female ? 'male' : 'female')) ?? null;
      return { speaker: person?.name ?? null, person };
    }
    case 'name': {
      // "a woman in Worcester, Mass., told him": a place alone is never the person who spoke. The
      // cue still holds the quote, with no speaker, so no other rule guesses one.
      if (subject.phrase.honorific === null && subject.phrase.role === null && isPlaceName(subject.phrase.name)) return { speaker: null, person: null };
      const person = people.byName(subject.phrase, subject.at, true);
      if (person) return { speaker: person.name, person };
      // "Democrats said…": the group is the source, as a description.
      const group = subject.phrase.name.length === 1 ? (subject.phrase.name[0] ?? '') : '';
      return GROUP_NAMES.has(foldText(group)) ? { speaker: group, person: null } : null;
    }
    case 'role': {
      const person = people.byRole(subject.role, subject.qualifier, Number.MAX_SAFE_INTEGER);
      return person ? { speaker: person.name, person } : { speaker: subject.text, person: null };
    }
    case 'description':
      return { speaker: subject.text, person: null };
  }
}

// Words that make a sentence about someone speaking, beyond the reporting verbs.
const SPEAKING_WORDS = new Set(
  'statement statements interview interviews speech speeches remarks editorial op-ed letter tweet tweets defended elaborated telegraphed addressed spoke talked'.split(' '),
);

// Adverbs that end an opening subject's words without being part of it ("The employee first said").
const TRAILING_ADVERBS = new Set('first now then also still later recently just even only again already often never so'.split(' '));
// Times are not speakers ("A week later, …").
const TIME_NOUNS = new Set('week weeks day days year years month months time times hour hours minute minutes moment night morning evening'.split(' '));

/** "the employee first" -> "the employee"; null for "a week" or when nothing is left but a determiner. */
function plainDescription(description: string): string | null {
  const words = description.split(/\s+/u);
  while (words.length > 0 && TRAILING_ADVERBS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length === 0 || TIME_NOUNS.has(head) || /^(?:a|an|the|this|that|some|one)$/u.test(head)) return null;
  return words.join(' ');
}

// A stage direction between two quotes of one speaker: "She pauses.", "Pause.", "He laughs again."
// (Only gestures: in "She disagreed." someone else may speak next.)
const STAGE_DIRECTION = /^\s*(?:(?:He|She|They|I|We)\s+(?:pauses|paused|laughs|laughed|smiles|smiled|sighs|sighed|nods|nodded|shrugs|shrugged|chuckles|chuckled)(?:\s+again)?|Pause|Laughter|Applause|Silence)[.!]\s*$/u;

// Party words in the singular, which name no one on their own.
const PARTY_WORDS = new Set('republican democrat democratic independent libertarian conservative liberal progressive'.split(' '));

// Words before a party word that make it a person's description ("one senior Democrat said").
const PARTY_MODIFIERS = new Set('one the a an another senior top prominent leading fellow veteran former longtime each every any'.split(' '));

/** A lone party word ("Republican") as a name, not after "one", "the", "senior"…. */
function lonePartyWord(phrase: NamePhrase, before: ClauseToken | undefined): boolean {
  const word = phrase.name.length === 1 ? foldText(phrase.name[0] ?? '') : '';
  return phrase.honorific === null && PARTY_WORDS.has(word) && !(before !== undefined && before.quote === null && PARTY_MODIFIERS.has(before.lower));
}

// Words that may open a sentence before its subject without a comma.
const LEADING_WORDS = new Set('and but then so yet also still now'.split(' '));

/** Capitalised words from `k` then a comma: "Connecticut,", "New Hampshire,". */
function placeThenComma(tokens: readonly ClauseToken[], k: number): boolean {
  for (let m = k; m < tokens.length && m - k < 3; m++) {
    const t = tokens[m];
    if (!t || !t.cap || t.quote !== null) return false;
    if (tokens[m + 1]?.gap.trim() === ',') return true;
  }
  return false;
}

/**
 * The person a sentence is about: a name at its start, or right after an opening phrase and a
 * comma ("As part of the talks, Starmer plans…"), followed by a verb-like lower-case word.
 */
function sentenceSubject(tokens: readonly ClauseToken[], people: People): Person | null {
  for (let s = 0; s < tokens.length; s++) {
    const first = tokens[s];
    if (!first || first.quote !== null) return null;
    // After a comma, or after a dash that ends a dateline ("PHILADELPHIA, July 25 — The party…").
    // …or after an opening "And then", "But", "So": "And then Trump went on the attack, saying…".
    const afterConjunction = s > 0 && s <= 2 && tokens.slice(0, s).every((w) => w.quote === null && LEADING_WORDS.has(w.lower));
    if (s > 0 && first.gap.trim() !== ',' && !/[—–]\s*$|\s-\s+$/u.test(first.gap) && !afterConjunction) continue;
    let j = s;
    while (j < tokens.length && j - s < 8) {
      const t = tokens[j];
      if (!t || t.quote !== null) break;
      const particle = j > s && /^(?:de|da|di|du|van|von|der|den|del|la|le|bin|al|ben|ibn)$/u.test(t.lower);
      if (!(t.cap || particle || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower) || QUALIFIERS.has(t.lower))) break;
      if (j > s && !/^[^\S\n]+$/u.test(t.gap)) break;
      j++;
    }
    // A time or a place between the name and its verb: "Sen. Ada Rowe of Vermont on Friday urged…".
    const after = tokens[subjectTail(tokens, j)];
    // After a comma, the name may itself be an apposition: "Britain's prime minister, Keir Starmer, cast…".
    const gapOk = after !== undefined && (/^[^\S\n]+$/u.test(after.gap) || (s > 0 && after.gap.trim() === ','));
    if (j === s || !after || after.quote !== null || after.cap || !gapOk) continue;
    // "Senator Chris Murphy of Connecticut, who campaigned…, said": a place after "of" and a
    // comma leave the name the subject.
    const ofPlace = after.lower === 'of' && j - s >= 2 && placeThenComma(tokens, j + 1);
    if (!ofPlace && /^(?:and|or|of|in|at|on|for|to|with|from|by|as|who|which)$/u.test(after.lower)) continue;
    // A name inside a larger subject is not the subject: "The Sanders campaign projects…",
    // "A Clinton campaign official walked back…". (A possessive is: the annotators credit
    // "Rubio’s charge that he would “say anything”" to Rubio.)
    if (/^(?:because|but|and|as|if|when|while|after|before|since|why|how|what)$/u.test(first.lower)) continue;
    // "Cruz’s lawyers argued…", "Sanders supporters chanted…": the name qualifies someone else.
    // A possessive stays the subject only before what was said ("Rubio’s claim that…").
    const possessive = /['’]s?$/u.test(tokens[j - 1]?.text ?? '');
    if (possessive ? !SAYING_NOUNS.has(after.lower) : SOURCE_NOUNS.has(after.lower)) continue;
    // After a determiner the name must be the whole subject, a verb next ("The Sierra Club has…").
    if (/^(?:a|an|the|some|this|that|these|those)$/u.test(first.lower) && !/(?:ed|s)$|^(?:will|would|can|could|should|may|might|must)$/u.test(after.lower)) continue;
    const phrase = parseNamePhrase(tokens.slice(s, j).map((t) => t.text));
    // A two-word name opening the sentence is learned ("Emmanuel Macron then addressed…");
    // after an opening phrase, or with one word, the person must be known already.
    const person = people.byName(phrase, first.start, s === 0 && phrase.name.length >= 2);
    if (person) return person;
  }
  return null;
}

/** The one known person named right before a word of speaking ("Trump spoke", "Sanders tweeted"), or null. */
function namedSpeaking(tokens: readonly ClauseToken[], people: People, at: number): string | null {
  let found: string | null = null;
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k];
    const name = tokens[k - 1];
    if (!w || !name || w.quote !== null || name.quote !== null || w.cap || !name.cap || !/^[^\S\n]+$/u.test(w.gap)) continue;
    if (!(SPEECH_VERBS.has(w.lower) || SPEAKING_WORDS.has(w.lower)) || w.lower.endsWith('ing')) continue;
    const person = people.byName({ name: [name.text.replace(/['’]s?$/u, '')], honorific: null, role: null, qualifier: null }, at, false);
    if (!person?.human || (found !== null && found !== person.name)) return null;
    found = person.name;
  }
  return found;
}

/** Speaker and fragment flag for each span (same order), over the given paragraphs. */
export function attributeSpeakers(text: string, paragraphs: readonly TextSpan[], skip: ReadonlySet<number>, spans: readonly QuoteSpan[]): Attribution[] {
  const result: Attribution[] = spans.map(() => ({ speaker: null, fragment: false, rule: '', attached: false }));
  const cued: boolean[] = spans.map(() => false);
  const sentenceEnd: number[] = spans.map((s) => s.end);
  const byParagraph = new Map<number, Array<{ span: QuoteSpan; index: number }>>();
  spans.forEach((span, index) => {
    const list = byParagraph.get(span.paragraph) ?? [];
    list.push({ span, index });
    byParagraph.set(span.paragraph, list);
  });

  // One tokenisation of every kept paragraph, for learning who the article names.
  const paraTokens = new Map<number, ClauseToken[]>();
  const all: ClauseToken[] = [];
  paragraphs.forEach((p, pi) => {
    if (skip.has(pi)) return;
    const tokens = tokenizeClause(text, p.start, p.end, byParagraph.get(pi) ?? []);
    paraTokens.set(pi, tokens);
    for (const t of tokens) all.push(t);
  });
  const people = buildPeople(all);

  // People named as subjects, most recent first (a few are enough for "he"/"she").
  const subjects: Person[] = [];
  const setSubject = (p: Person): void => {
    const at = subjects.indexOf(p);
    if (at >= 0) subjects.splice(at, 1);
    subjects.unshift(p);
    if (subjects.length > 6) subjects.pop();
  };
  // "the source" after "a senior diplomatic source": the same unnamed person, one name.
  const described = new Map<string, string>();
  const sameSource = (who: Resolved): Resolved => {
    if (who.person || who.speaker === null) return who;
    // The source noun names it: "a spokesperson for the Dutch government" -> "spokesperson".
    const words = who.speaker.toLowerCase().split(/\s+/u);
    const head = words.find((w) => SOURCE_NOUNS.has(w)) ?? words[words.length - 1] ?? '';
    const earlier = described.get(head);
    if (earlier !== undefined && /^the\s/iu.test(who.speaker)) return { speaker: earlier, person: null };
    if (!described.has(head)) described.set(head, who.speaker);
    return who;
  };
  const introduces = new Map<number, string | null>();
  // Who the last quote so far was credited to by a cue or the subject rule.
  let lastCredited: string | null = null;
  const introducedIn = new Map<number, string | null>();
  paragraphs.forEach((para, pi) => {
    if (skip.has(pi)) return;
    const quotes = byParagraph.get(pi) ?? [];
    const tokensOfPara = paraTokens.get(pi) ?? [];
    let from = 0;
    // Who the sentence before credits, for a quote that stands as the next sentence on its own
    // ("Trump said he would win. “We will win big.”").
    let previousSentence: string | null = null;
    for (const sentence of paragraphSentences(text, para, quotes.map((q) => q.span))) {
      // This sentence's tokens: a contiguous run of the paragraph's tokens.
      let to = from;
      while (to < tokensOfPara.length && (tokensOfPara[to]?.start ?? 0) < sentence.end) to++;
      const tokens = tokensOfPara.slice(from, to);
      from = to;
      const subject = sentenceSubject(tokens, people);
      const subjectAt = tokens[0]?.start ?? sentence.start;
      // An opening subject the article has not named before, read only when a quote needs it.
      let openerRead = false;
      let openerName: string | null = null;
      const opener = (): string | null => {
        if (openerRead) return openerName;
        openerRead = true;
        const found = openingSubject(tokens);
        if (found && 'name' in found) openerName = people.byName({ name: found.name, honorific: null, role: null, qualifier: null }, subjectAt, !found.known)?.name ?? null;
        else if (found) {
          // A thing as the subject ("The deal is a “pre-agreement”") speaks no quote.
          const description = plainDescription(found.description);
          openerName = description !== null && canSpeak(description) ? description : null;
        }
        return openerName;
      };
      if (subject) setSubject(subject);
      const cues: Array<{ cue: Cue; who: Resolved }> = [];
      const tokenAt = new Map<number, number>();
      tokens.forEach((t, k) => tokenAt.set(t.start, k));
      for (const cue of [...findCues(tokens), ...sourceColonCues(tokens), ...asClauseCues(tokens), ...quotedAppositionCues(tokens, FINITE_SET), ...whatCalledCues(tokens)]) {
        // A headline-style name must be someone the article names elsewhere, never a new guess.
        let resolved =
          cue.kind === 'headline' && cue.subject.kind === 'name'
            ? ((person) => (person ? { speaker: person.name, person } : null))(people.byName(cue.subject.phrase, cue.subject.at, false))
            : resolve(cue.subject, people, subjects);
        if (!resolved) continue;
        // "Republican claims of “…”", "Six in 10 Republican said": a party word alone, with no
        // "one", "the" or "senior" before it, is nobody; the cue keeps the quote with no speaker.
        if (cue.subject.kind === 'name' && lonePartyWord(cue.subject.phrase, tokens[(tokenAt.get(cue.subject.at) ?? 0) - 1])) resolved = { speaker: null, person: null };
        // "A spokesman for … Hillary Clinton called…": the spokesman speaks, not Clinton.
        const nameAt = cue.subject.kind === 'name' ? (tokenAt.get(cue.subject.at) ?? -1) : -1;
        const wider = resolved.speaker !== null && nameAt > 0 ? speaksFor(tokens, nameAt, resolved.speaker) : null;
        const who = wider !== null ? { speaker: wider, person: null } : sameSource(resolved);
        cues.push({ cue, who });
        if (who.person && cue.kind !== 'according' && cue.kind !== 'possessive' && cue.kind !== 'headline') setSubject(who.person);
      }
      // Who the paragraph's last sentence credits, for a quote that stands alone in the next one
      // ("Dr. Ward stated:" / "Sanders said in a statement that he would fight on." then “…”).
      const lastCue = cues.filter((c) => c.cue.kind === 'verb' || c.cue.kind === 'colon' || c.cue.kind === 'verbFirst').pop();
      // A sentence that ends with a colon introduces what follows, whatever its verb
      // ("Governor Ada Pruitt released a statement:").
      const colon = /:\s*$/u.test(text.slice(sentence.start, sentence.end));
      // A group ("local officials said they welcome it", "Democrats blasted…") introduces nobody:
      // the quote that follows is usually one member's, named after it.
      const introducer = lastCue && (lastCue.who.person || colon) ? lastCue.who.speaker : null;
      // …and so does its opening subject, named or described ("A footnote in the report makes that
      // clear:", "The Slate technology columnist David Auerbach went so far as to say:").
      const credits = introducer ?? (colon ? (subject?.name ?? opener()) : null);
      // For a quote paragraph that stands alone after this one: also the person this sentence is
      // about ("Trump was quick to add that the wall stays." then “Building it? Not negotiable.”).
      // Only a sentence about speaking: "defended her record in a statement", "elaborated in an
      // op-ed", not "Sanders voted for the bill".
      const aboutSpeaking = tokens.some((w) => w.quote === null && !w.cap && (SPEECH_VERBS.has(w.lower) || SPEAKING_WORDS.has(w.lower)));
      // …or a known person right before a word of speaking in a clause of its own ("…, since Trump
      // spoke only in bromides during the interview."), when the sentence names nobody else so.
      const speakerBefore = credits === null && !(subject?.human && aboutSpeaking) ? namedSpeaking(tokens, people, subjectAt) : null;
      // …or the person the last quote was credited to, when this sentence is still about them ("“…,” Viguerie notes. Viguerie is upbeat about Cruz’s chances." then “…”).
      const stillAbout = subject?.human === true && lastCredited === subject.name;
      introduces.set(pi, credits ?? (subject?.human && (aboutSpeaking || stillAbout) ? subject.name : speakerBefore));
      const first = tokens[0];
      if (first && first.quote !== null) introducedIn.set(first.quote, previousSentence);
      previousSentence = credits;
      // The four rules, with pointers that only move forward, so a sentence with thousands of
      // quotes and cues stays linear.
      type Found = (typeof cues)[number];
      const isDirect = (c: Found): boolean => c.cue.kind !== 'according' && c.cue.kind !== 'possessive';
      const afterCue = new Map<number, Found>();
      // (The opening name of "X, citing “…,” said the candidate could…" wins over "said the candidate":
      // what follows that verb is reported, not its subject.)
      for (const c of cues) if (c.cue.kind === 'verb' || c.cue.kind === 'verbFirst') if (!afterCue.has(c.cue.first) || c.cue.rule === 'quotedApposition') afterCue.set(c.cue.first, c);
      const byLast = cues.filter((c) => c.cue.kind !== 'according' && c.cue.kind !== 'headline').sort((x, y) => x.cue.last - y.cue.last);
      // Cues with no quotation between them nest: in "Ryan told CNN that Ginsburg’s comments
      // “show bias”" or "Trump said Clinton once called the deal “the gold standard”" the quote
      // belongs to the outer clause, the first cue of the run.
      const quotesUpTo: number[] = [];
      tokens.forEach((t, k) => quotesUpTo.push((quotesUpTo[k - 1] ?? 0) + (t.quote === null ? 0 : 1)));
      const outer: Found[] = [];
      byLast.forEach((c, k) => {
        const prev = byLast[k - 1];
        // Only a clause that is the outer verb's object: straight after it ("Obama said Americans
        // will…") or after its "that" within a few words ("told CNN Tuesday that Ginsburg’s…").
        const gap = prev === undefined ? -1 : c.cue.first - prev.cue.last;
        // …or further on, when "that" opens the inner clause straight before its subject and no
        // comma breaks the way ("said during a Friday rally in Michigan that Clinton once called…").
        const between = tokens.slice((prev?.cue.last ?? 0) + 1, c.cue.first + 1);
        const farThat = gap > 5 && gap <= 12 && tokens[c.cue.first - 1]?.lower === 'that' && between.every((t) => t.quote === null && !/[,;:]/u.test(t.gap));
        const plain = gap > 1 && gap <= 5 && between.every((t) => t.quote === null && !/[,;:]/u.test(t.gap) && !JOINS_CLAUSES.has(t.lower));
        const object = gap === 1 || (gap > 1 && gap <= 5 && tokens.slice(prev?.cue.last, c.cue.first).some((t) => t.lower === 'that')) || farThat || plain;
        const nested = prev !== undefined && (prev.cue.kind === 'verb' || prev.cue.kind === 'verbFirst') && object && quotesUpTo[c.cue.first] === quotesUpTo[prev.cue.last];
        outer.push(nested ? (outer[k - 1] ?? c) : c);
      });
      const byFirst = cues.filter(isDirect).sort((x, y) => x.cue.first - y.cue.first);
      const according = cues.find((c) => c.cue.kind === 'according');
      // A name then the quote, headline style, counts only when nothing else in the sentence
      // credits it: in running text "Clinton “drew well” in 2008, said Paul Beck" is Beck's.
      // And only in a short line, the way headlines are written, never a possessive ("Trump’s
      // “assertion” was speculative", "From Donald Trump’s “coarse…” effusion").
      const headlineCue = cues.length === 1 && para.end - para.start <= 160 ? cues.find((c) => c.cue.kind === 'headline') : undefined;
      const headline = headlineCue && !/['’]s?$/u.test(tokens[headlineCue.cue.last]?.text ?? '') ? headlineCue : undefined;
      // Where a clause with a subject of its own first opens in the sentence (for the subject rule).
      const clauseAt = firstClause(tokens);
      const trailing = trailingClauses(tokens);
      // The tokens some cue covers (cues are a few tokens each: linear in the sentence).
      const inCue = new Set<number>();
      for (const c of cues) for (let k = c.cue.first; k <= c.cue.last && k - c.cue.first < 40; k++) inCue.add(k);
      const clauseEnd = openingClauseEnd(tokens, (index) => {
        const q = spans[index];
        return q ? text.slice(q.start, q.end) : '';
      });
      let lastPointer = 0;
      let firstPointer = 0;
      let before: Found | undefined;
      let previous: { span: QuoteSpan; fragment: boolean } | null = null;
      tokens.forEach((t, b) => {
        if (t.quote === null) return;
        const index = t.quote;
        const span = spans[index];
        if (!span) return;
        while (lastPointer < byLast.length && (byLast[lastPointer]?.cue.last ?? 0) < b) before = outer[lastPointer++];
        while (firstPointer < byFirst.length && (byFirst[firstPointer]?.cue.first ?? 0) <= b) firstPointer++;
        // "…, to which O'Malley interjected: “…”": a name, a verb and a colon sign the quote, even
        // with a verb the rules do not know; an earlier cue does not reach past them.
        const signed = t.gap.includes(':') && (tokens[b - 2]?.cap ?? false) && /^\p{Ll}\p{L}+(?:ed|s)$/u.test(tokens[b - 1]?.text ?? '');
        // A cue inside an opening subordinate clause does not reach a quote after it. (In the
        // middle of a sentence a reporting verb's clause goes on: "Comey said that while Clinton
        // had been “extremely careless”…" is Comey's.)
        const cutOff = (c: Found): boolean =>
          (c.cue.last < clauseEnd && b >= clauseEnd) || (c.cue.kind === 'possessive' && !possessiveOpens(tokens, c.cue.last, b)) || (signed && c.cue.last < b - 2);
        // "X was called a “dictator” by Trump": the agent's words lie between the passive verb and
        // "by". In "calling it a “paperwork error” that was reported in a “hit piece” by The New
        // York Times" neither quote is the paper's.
        const passiveMiss = (c: Found | undefined): boolean => c !== undefined && c.cue.rule === 'passiveBy' && !passiveObject(tokens, b, c.cue.first);
        const reaching = before && !cutOff(before) ? before : undefined;
        const right = afterCue.get(b + 1);
        // "…will be “fair” to him, engaging in what analysts described as…": a "what X called"
        // clause introduces the words after it, never a quote before it.
        const nextCue = byFirst[firstPointer];
        // "Ayotte’s campaign, for example, said she would “support the nominee” …, Gohmert said":
        // a reporting verb before the quote whose subject no cue read still says someone else
        // spoke it; a cue later in the sentence is not that someone.
        const unreadVerb = (): boolean =>
          tokens.slice(Math.max(0, b - 4), b).some((w, m) => {
            const k = Math.max(0, b - 4) + m;
            return w.quote === null && !w.cap && FINITE_SET.has(w.lower) && /^(?:he|she|they|it|we)$/u.test(tokens[k + 1]?.lower ?? '') && !inCue.has(k);
          });
        const later = nextCue && (tokens[nextCue.cue.first - 1]?.lower === 'what' || unreadVerb()) ? undefined : nextCue;
        // "After Scalia said that students might do better at “less advanced schools,” Trump…": a
        // quote inside an opening clause is not signed by the main clause's cue after it.
        // (Not a quote right after the clause's comma: "Though campaigns cannot…, “getting…,” said X".)
        // (Nor a phrase with no subject of its own: "Despite his “admittedly …” habit, Quill said".)
        const mainClause = (c: Found | undefined): boolean =>
          c !== undefined && clauseEnd >= 0 && b < clauseEnd && c.cue.first >= clauseEnd && !t.gap.includes(',') && !tokens.slice(0, 2).some((w) => PHRASE_OPENERS.has(w.lower));
        // "…in a clip that Judge Mosman called “distasteful,” Santilli…": a relative clause's naming
        // verb takes the quote straight after it, before any cue that follows the quote.
        const namesIt =
          reaching !== undefined &&
          reaching.cue.last === b - 1 &&
          /^(?:called|calls|dubbed|dubs|labeled|labelled|labels|termed|terms|branded|brands)$/u.test(tokens[b - 1]?.lower ?? '') &&
          /^(?:that|which|what|whom)$/u.test(tokens[reaching.cue.first - 1]?.lower ?? '');
        const choice = (passiveMiss(right) || mainClause(right) || namesIt ? undefined : right) ?? reaching ?? (passiveMiss(later) || mainClause(later) ? undefined : later) ?? according ?? headline;
        const fragment = isFragment(text, span, sentence.start, previous);
        // 6. else the person the sentence is about, when it names one before the quote:
        //    "Christie refers to the candidate as “Mr. Trump”" (any verb credits its subject).
        const bySubject =
          choice === undefined &&
          (before === undefined || (before.cue.last < clauseEnd && b >= clauseEnd)) &&
          subjectAt < t.start &&
          !passiveBefore(tokens, b) &&
          !(trailing[b] ?? false) &&
          // "…saw the Democrats as “the party of big government,” From said": a reporting verb
          // right after the quote signs it, even when its subject cannot be read.
          !signedAfter(tokens, b)
            ? clauseAt + 1 < b ? clauseSubject(tokens, clauseAt, b, people) : (subject?.name ?? (clauseEnd >= 0 && b >= clauseEnd ? null : opener()))
            : null;
        const position = choice === undefined ? '' : choice === right ? 'right-after' : choice === reaching ? 'before' : choice === according ? 'anywhere' : choice === headline ? 'only' : 'later';
        const rule = choice ? `${position}:${choice.cue.rule}/${choice.cue.subject.kind}` : bySubject === null ? '' : subject ? 'subject' : 'opener';
        const attached = position === 'right-after' || (choice !== undefined && choice === reaching && choice.cue.last === b - 1 && /[,:]/u.test(t.gap));
        result[index] = { speaker: choice ? choice.who.speaker : bySubject, fragment, rule, attached };
        lastCredited = result[index]?.speaker ?? null;
        // A reporting verb after the quote in its sentence that we could not read ("…,” said
        // Atlantic City Mayor Don Guardian) still says the quote has its own speaker: no carry-over.
        cued[index] = choice !== undefined || bySubject !== null || ownVerbAfter(tokens, b, text.slice(span.start, span.end));
        sentenceEnd[index] = sentence.end;
        previous = { span, fragment };
      });
    }
  });

  // A transcript line in quotation marks names its speaker first: "WALLACE: Let’s start…".
  spans.forEach((span, i) => {
    const label = TRANSCRIPT_LABEL.exec(text.slice(span.start, Math.min(span.end, span.start + 40)))?.[1];
    const mine = result[i];
    if (!label || !mine) return;
    // "VIDEO:", "AUDIO:", "UPDATE:" label a clip or a note: someone speaks whom the label does not
    // name, so the line has a speaker of its own and carries nobody over.
    if (/^(?:VIDEO|AUDIO|UPDATE|NOTE|CORRECTION|BREAKING|WATCH|READ|PHOTO|TRANSCRIPT|CLIP)$/u.test(label)) {
      mine.speaker = null;
      mine.rule = '';
      cued[i] = true;
      return;
    }
    const words = label.split(/\s+/u).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    mine.speaker = people.byName({ name: words, honorific: null, role: null, qualifier: null }, span.start, false)?.name ?? words.join(' ');
    mine.rule = 'transcript';
    cued[i] = true;
  });

  // A paragraph signed after a dash ("“…” ― Adriana Rodarte") is the signer's, all of it.
  const signers = new Map<number, string | null>();
  spans.forEach((span, i) => {
    const mine = result[i];
    const para = paragraphs[span.paragraph];
    if (!mine || cued[i] || !para) return;
    if (!signers.has(span.paragraph)) {
      const words = paragraphSigner(text.slice(para.start, para.end));
      signers.set(span.paragraph, words ? (people.byName({ name: words, honorific: null, role: null, qualifier: null }, para.end, true)?.name ?? words.join(' ')) : null);
    }
    const signer = signers.get(span.paragraph);
    if (!signer) return;
    mine.speaker = signer;
    mine.rule = 'signedParagraph';
    cued[i] = true;
  });

  // A quote paragraph, then a paragraph that is only a dash and a name ("- Ada Pruitt."): the
  // signed quote is that person's (fact checks, "quotable" boxes).
  spans.forEach((span, i) => {
    const mine = result[i];
    const para = paragraphs[span.paragraph];
    const next = paragraphs[span.paragraph + 1];
    // (A signature line is short: longer paragraphs are not read, so this stays linear.)
    if (!mine || cued[i] || !para || !next || next.end - next.start > 120) return;
    const words = signatureLine(text.slice(next.start, next.end));
    if (!words) return;
    // The paragraph is the quote alone: nothing but marks and spaces around it.
    if (/[\p{L}\p{N}]/u.test(text.slice(para.start, span.open) + text.slice(span.close, para.end))) return;
    const phrase = parseNamePhrase(words);
    if (phrase.name.length === 0) return;
    mine.speaker = people.byName(phrase, next.start, true)?.name ?? phrase.name.join(' ');
    mine.rule = 'signatureLine';
    cued[i] = true;
  });

  // Quotes with no cue of their own take the speaker of the quote they continue.
  spans.forEach((span, i) => {
    const mine = result[i];
    if (!mine || cued[i]) return;
    const para = paragraphs[span.paragraph];
    // A paragraph that opens with a quote, after a paragraph whose last sentence credits someone.
    const introducer = introduces.get(span.paragraph - 1);
    const opensParagraph = para !== undefined && span.open === para.start && !span.continues;
    const prevSpan = spans[i - 1];
    const prev = result[i - 1];
    const sentenceBefore = introducedIn.get(i);
    if (!prevSpan || !prev || prev.speaker === null) {
      if (!mine.fragment && sentenceBefore) {
        mine.speaker = sentenceBefore;
        mine.rule = 'introducedSentence';
      }
      if (opensParagraph && !mine.fragment && introducer) {
        mine.speaker = introducer;
        mine.rule = 'introduced';
      }
      return;
    }
    const prevPara = paragraphs[prevSpan.paragraph];
    const continues = span.continues && prevSpan.paragraph === span.paragraph - 1;
    const adjacent = prevSpan.paragraph === span.paragraph && !/[\p{L}\p{N}]/u.test(text.slice(prevSpan.close, span.open));
    // A whole quote that opens the next paragraph goes on with the last quote's speaker, even
    // when that was a fragment ("…now said Trump had “the obligation to bring us together.”" then
    // "“I think he can do that…”"), as long as nothing follows it in its paragraph.
    const opensAfterQuote =
      para !== undefined &&
      prevPara !== undefined &&
      span.open === para.start &&
      !mine.fragment &&
      !skip.has(prevSpan.paragraph) &&
      text.slice(sentenceEnd[i - 1] ?? prevPara.end, prevPara.end).trim() === '';
    const nextParagraph = opensAfterQuote && prevSpan.paragraph === span.paragraph - 1;
    // …or with a paragraph that is only a stage direction between them ("She pauses.").
    const midPara = paragraphs[span.paragraph - 1];
    const acrossDirection = opensAfterQuote && prevSpan.paragraph === span.paragraph - 2 && midPara !== undefined && STAGE_DIRECTION.test(text.slice(midPara.start, midPara.end));
    // “…,” Mr Rutte told Sky News. “We agreed…” — a quote that is the next sentence on its own.
    const nextSentence =
      prevSpan.paragraph === span.paragraph && !mine.fragment && text.slice(sentenceEnd[i - 1] ?? span.open, span.open).trim() === '';
    if (continues || adjacent || nextParagraph || nextSentence || acrossDirection) {
      mine.speaker = prev.speaker;
      mine.rule = continues ? 'continues' : adjacent ? 'adjacent' : nextParagraph ? 'nextParagraph' : nextSentence ? 'nextSentence' : 'acrossDirection';
    }
    if (mine.speaker === null && opensParagraph && !mine.fragment && introducer) {
      mine.speaker = introducer;
      mine.rule = 'introduced';
    }
    // “…” Greene added that the Fed wants out before the election. “They don’t like…”: the
    // sentence before credits someone, and the quote stands as the next sentence.
    if (mine.speaker === null && !mine.fragment && sentenceBefore) {
      mine.speaker = sentenceBefore;
      mine.rule = 'introducedSentence';
    }
  });
  // A multi-paragraph quote attributed only at its end ("“…\n\n“…,” she said"): fill back.
  for (let i = spans.length - 1; i > 0; i--) {
    const span = spans[i];
    const mine = result[i];
    const prev = result[i - 1];
    if (span?.continues && mine?.speaker && prev && prev.speaker === null && !cued[i - 1]) {
      prev.speaker = mine.speaker;
      prev.rule = 'filledBack';
    }
  }
  return result;
}
