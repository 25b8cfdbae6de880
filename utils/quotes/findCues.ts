// Attribution cues in one sentence of the writer's text: who the sentence says is speaking.
// Rules over words (quotations are single tokens), in the forms news writing uses:
//   X said / X has also said / X, a crucial NATO partner, dismissed   (subject + reporting verb)
//   “…,” said Sir Keir / “…,” added the prime minister                  (verb + subject after a quote)
//   Critics, including Lord Dannatt, have warned                        (the named member speaks)
//   according to X / X: “…” / Sir Keir’s assertion that “…”
// An "-ing" verb ("adding that", "revealing that") has no subject of its own: the sentence's
// earlier cue carries over, which is what the attributor does when a quote has no cue here.
import { appositionQuote } from './appositionQuote';
import { documentAfterRead } from './documentAfterRead';
import { inTheWordsOf } from './inTheWordsOf';
import { quotedAsSaying } from './quotedAsSaying';
import { isPlaceName } from './isPlaceName';
import { openAppositionSubject } from './openAppositionSubject';
import { ownedSource } from './ownedSource';
import { parseNamePhrase, type NamePhrase } from './parseNamePhrase';
import { sayingNounAfter } from './sayingNounAfter';
import { timePhraseStart } from './timePhraseStart';
import { shareSubject } from './shareSubject';
import { HONORIFICS, LOOSE_VERBS, NOT_PERSON_WORDS, QUALIFIERS, ROLE_HEADS, ROLE_WORDS, SOURCE_NOUNS, SPEECH_VERBS, VERB_HELPERS } from './speechWords';
import type { ClauseToken } from './tokenizeClause';

/** Who a cue says is speaking, before it is resolved to a person. */
export type Subject =
  | { kind: 'pronoun'; female: boolean }
  | { kind: 'name'; phrase: NamePhrase; at: number }
  | { kind: 'role'; role: string; qualifier: string | null; text: string }
  | { kind: 'description'; text: string };

/** One attribution cue. */
export interface Cue {
  /** headline: a known name then the quote, nothing between ("Starmer ‘prepared to…’"). */
  kind: 'verb' | 'verbFirst' | 'colon' | 'according' | 'possessive' | 'headline';
  /** Index of the cue's first token. */
  first: number;
  /** Index of its last token. */
  last: number;
  subject: Subject;
  /** Which form matched, for measuring each rule (scripts/eval-quotes.ts). */
  rule: string;
}

/** How many words a described speaker may run to before a name in apposition ("the BBC's political editor, …"). */
const APPOSITION_REACH = 7;
const DETERMINERS = new Set('a an the one two three several some many his her their its another'.split(' '));
const PREPOSITIONS = new Set('for of at from in with to by on about'.split(' '));
const PARTICLES = new Set('de da di du dos das do van von der den del la le bin al ben ibn'.split(' '));
const MAX_RUN = 8;
// Forms of "be" before a reporting verb make it passive: "was called", "has been described".
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);
const inNameRun = (t: ClauseToken): boolean =>
  t.quote === null && (t.cap || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower) || QUALIFIERS.has(t.lower) || PARTICLES.has(t.lower));

/** "a diplomatic source" -> lower-case first letter, the words as written. */
function describe(tokens: readonly ClauseToken[], from: number, to: number): string {
  const words = tokens.slice(from, to + 1).map((t) => t.text);
  const text = words.join(' ');
  // Sentence-initial capitals are not part of a description: "A diplomatic source" -> "a diplomatic source".
  const first = tokens[from];
  const common = first && (DETERMINERS.has(first.lower) || SOURCE_NOUNS.has(first.lower) || ROLE_WORDS.has(first.lower));
  return common ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A source description ending at token j ("a diplomatic source", "European officials"): its first index. */
function descriptionStart(tokens: readonly ClauseToken[], j: number): number | null {
  const head = tokens[j];
  if (!head || head.quote !== null || !SOURCE_NOUNS.has(head.lower)) return null;
  let k = j;
  for (let steps = 0; steps < 4 && k > 0; steps++) {
    const prev = tokens[k - 1];
    const cur = tokens[k];
    if (!prev || !cur || prev.quote !== null || !spaceOnly(cur.gap)) break;
    // A capitalised "State" is part of a name ("a State Department official"), not the verb.
    if ((!prev.cap && SPEECH_VERBS.has(prev.lower)) || PREPOSITIONS.has(prev.lower) || VERB_HELPERS.has(prev.lower)) break;
    // "what analysts described as…": "what" is the verb's object, not part of the source.
    if (prev.lower === 'he' || prev.lower === 'she' || prev.lower === 'and' || prev.lower === 'what') break;
    k--;
    // A possessive ends the phrase: "Starmer’s spokesman", "the band’s manager".
    if (/['’]s$/u.test(prev.text)) {
      const det = tokens[k - 1];
      return det && spaceOnly(prev.gap) && DETERMINERS.has(det.lower) ? k - 1 : k;
    }
    if (DETERMINERS.has(prev.lower)) return k;
  }
  // Without a determiner only a plural stands alone as a source ("officials said", "critics warned").
  return /s$/u.test(head.lower) ? k : null;
}

/** The subject phrase that ends at token j, with the index where it starts. */
function subjectEndingAt(tokens: readonly ClauseToken[], j: number, afterPreposition = false): { subject: Subject; first: number } | null {
  const t = tokens[j];
  if (!t || t.quote !== null) return null;
  if (t.lower === 'he' || t.lower === 'she') return { subject: { kind: 'pronoun', female: t.lower === 'she' }, first: j };
  if (!t.cap && !ROLE_WORDS.has(t.lower) && !ROLE_HEADS.has(t.lower) && !SOURCE_NOUNS.has(t.lower)) {
    // A subject does not end in "and" or "to": "…with reporters with no clear explanation and acknowledged".
    if (/^(?:and|or|but|to|that|which|who|whom|whose|than|as|if)$/u.test(t.lower)) return null;
    // "a spokesperson for the forecaster said": the source noun before the preposition speaks.
    // "a spokesperson for the (Dutch) government said": back over a few words to the preposition.
    for (let p = j - 1; !afterPreposition && p > 0 && j - p <= 4; p--) {
      const w = tokens[p];
      if (!w || w.quote !== null || !spaceOnly(tokens[p + 1]?.gap ?? '')) break;
      if (PREPOSITIONS.has(w.lower)) {
        const d = spaceOnly(w.gap) ? descriptionStart(tokens, p - 1) : null;
        if (d !== null) return { subject: { kind: 'description', text: describe(tokens, d, j) }, first: d };
        break;
      }
    }
    return null;
  }
  let k = j;
  while (k > 0 && j - k < MAX_RUN) {
    const prev = tokens[k - 1];
    const cur = tokens[k];
    if (!prev || !cur || !spaceOnly(cur.gap) || !inNameRun(prev)) break;
    k--;
  }
  const before = tokens[k - 1];
  const beforeCur = tokens[k];
  const detBefore = before && beforeCur && spaceOnly(beforeCur.gap) && DETERMINERS.has(before.lower) ? k - 1 : k;
  // "a spokesman for the Kremlin said": the subject is the spokesman, not the Kremlin.
  const prep = tokens[detBefore - 1];
  const prepCur = tokens[detBefore];
  // …but "Secretary of State John Kerry" and "Speaker of the House Paul Ryan" are one title.
  // …and so is the lower-case "former secretary of state Hillary Clinton".
  const titleOf =
    prep?.lower === 'of' &&
    ROLE_WORDS.has(tokens[detBefore - 2]?.lower ?? '') &&
    ((tokens[detBefore - 2]?.cap ?? false) || (tokens[detBefore - 2]?.lower === 'secretary' && tokens[detBefore]?.lower === 'state'));
  if (!afterPreposition && !titleOf && prep && prepCur && spaceOnly(prepCur.gap) && PREPOSITIONS.has(prep.lower)) {
    const d = descriptionStart(tokens, detBefore - 2);
    if (d !== null) return { subject: { kind: 'description', text: describe(tokens, d, j) }, first: d };
    // "the senator from Vermont said", "the former governor of Ohio warned": a role the text
    // describes by where it is held; the description is the source (there may be many senators).
    const roleAt = detBefore - 2;
    if ((prep.lower === 'from' || prep.lower === 'of') && spaceOnly(prep.gap) && ROLE_HEADS.has(tokens[roleAt]?.lower ?? '') && tokens[roleAt]?.quote === null) {
      let m = roleAt;
      while (m > 0 && roleAt - m < 3 && spaceOnly(tokens[m]?.gap ?? '') && tokens[m - 1]?.quote === null && (QUALIFIERS.has(tokens[m - 1]?.lower ?? '') || ROLE_WORDS.has(tokens[m - 1]?.lower ?? '') || tokens[m - 1]?.lower === 'former')) m--;
      if (tokens[m - 1]?.lower === 'the' && spaceOnly(tokens[m]?.gap ?? '')) return { subject: { kind: 'description', text: describe(tokens, m - 1, j) }, first: m - 1 };
    }
    // "Jeb Bush of Florida said", "James Pethokoukis of the American Enterprise Institute wrote":
    // a person's name, then where they come from.
    if (prep.lower === 'of' && spaceOnly(prep.gap) && (tokens[detBefore - 2]?.cap ?? false)) {
      // A full name or an honorific: "Democrat of Tennessee", "CEO of…" and "Department of…" are not people.
      let named = subjectEndingAt(tokens, detBefore - 2, true);
      // One more "of" before it: "Archbishop Aris Shirvanian of the Armenian Patriarchate of
      // Jerusalem" is the archbishop's.
      if (named) {
        const det = tokens[named.first - 1]?.lower === 'the' ? named.first - 1 : named.first;
        if (tokens[det - 1]?.lower === 'of' && (tokens[det - 2]?.cap ?? false)) named = subjectEndingAt(tokens, det - 2, true) ?? named;
      }
      const phrase = named?.subject.kind === 'name' ? named.subject.phrase : null;
      const person = phrase !== null && (phrase.name.length >= 2 || phrase.honorific !== null) && phrase.name.every((w) => /\p{Ll}/u.test(w) && !NOT_PERSON_WORDS.has(w.toLowerCase()));
      if (named && person) return named;
    }
    return null;
  }
  const words = tokens.slice(k, j + 1).map((w) => w.text);
  const phrase = parseNamePhrase(words);
  const lastWord = phrase.name[phrase.name.length - 1];
  // A name must be the phrase's end: "Olaf Scholz said", not "Scholz officials said".
  const plainNoun = phrase.name.length === 1 && SOURCE_NOUNS.has(t.lower); // "Fans called…", "Critics warned…"
  if (!plainNoun && phrase.name.length > 0 && lastWord !== undefined && t.cap && t.text.replace(/['’]s$/u, '') === lastWord) {
    // "a story by the website Politico says", "a projection by the consulting firm Oxford
    // Economics, …, said": a name after a described noun that is a preposition's object is not
    // the subject; the story or projection is.
    let m = k - 1;
    while (m > 0 && k - m <= 3 && tokens[m]?.quote === null && !tokens[m]?.cap && /^\p{Ll}+$/u.test(tokens[m]?.text ?? '') && !DETERMINERS.has(tokens[m]?.lower ?? '') && !SPEECH_VERBS.has(tokens[m]?.lower ?? '') && !NOT_DESCRIPTOR.has(tokens[m]?.lower ?? '') && !PREPOSITIONS.has(tokens[m]?.lower ?? '') && spaceOnly(tokens[m + 1]?.gap ?? '')) m--;
    const described = m < k - 1 && (tokens[m]?.lower === 'the' || tokens[m]?.lower === 'a') && spaceOnly(tokens[m + 1]?.gap ?? '');
    // (A person before the preposition keeps the name, which the attributor widens to the whole
    // description: "a columnist for the news site Pando".)
    const owner = tokens[m - 2]?.lower ?? '';
    // Not after "according to": "according to a speech Mrs. Clinton delivered" is hers.
    if (described && PREPOSITIONS.has(tokens[m - 1]?.lower ?? '') && tokens[m - 1]?.lower !== 'to' && spaceOnly(tokens[m]?.gap ?? '') && !SOURCE_NOUNS.has(owner) && !PERSON_NOUNS.test(owner)) return null;
    return { subject: { kind: 'name', phrase, at: tokens[k]?.start ?? 0 }, first: k };
  }
  if (phrase.role && phrase.name.length === 0 && ROLE_HEADS.has(t.lower) && tokens[detBefore]?.lower === 'the') {
    return { subject: { kind: 'role', role: phrase.role, qualifier: phrase.qualifier, text: describe(tokens, detBefore, j) }, first: detBefore };
  }
  const d = descriptionStart(tokens, j);
  if (d !== null) return { subject: { kind: 'description', text: describe(tokens, d, j) }, first: d };
  return null;
}

const LY_NOUNS = new Set(['ally', 'allies', 'family', 'assembly', 'rally', 'supply', 'monopoly']);
// People described by what they do for someone ("a columnist for…", "a friend of…").
const PERSON_NOUNS = /^(?:columnist|editor|reporter|head|chief|member|friend|wife|husband|son|daughter|brother|sister|attorney|lawyer|staffer|strategist|operative|aide|adviser|advisor)s?$/u;
const NOT_DESCRIPTOR = new Set('and or who whom whose which that than as but if when while after before because to was is were are has have had will would could should can may might must'.split(' '));

/**
 * A full name after a description that runs on from token j: "said [Clinton’s] top foreign
 * policy aide Jake Sullivan", "explained [Los Angeles-based] attorney Edgar Martirosyan". The
 * description's capitalised words are not the speaker; the two-or-more-word name that ends it is.
 */
function nameAfterDescriptor(tokens: readonly ClauseToken[], j: number): { subject: Subject; last: number } | null {
  let k = j + 1;
  let described = 0;
  while (k < tokens.length && described < 5) {
    const w = tokens[k];
    if (!w || w.quote !== null || !spaceOnly(w.gap) || w.cap) break;
    // Adverbs end it ("said Clinton recently"), but not the nouns in "-ly" ("Clinton ally James Carville").
    if (NOT_DESCRIPTOR.has(w.lower) || PREPOSITIONS.has(w.lower) || SPEECH_VERBS.has(w.lower) || (w.lower.endsWith('ly') && !LY_NOUNS.has(w.lower))) return null;
    described++;
    k++;
  }
  if (described === 0) return null;
  let end = k;
  while (end + 1 < tokens.length && end + 1 - k < MAX_RUN) {
    const next = tokens[end + 1];
    if (!next || !spaceOnly(next.gap) || !(next.cap || PARTICLES.has(next.lower)) || next.quote !== null) break;
    end++;
  }
  const first = tokens[k];
  if (!first || !first.cap || first.quote !== null || !spaceOnly(first.gap) || end === k) return null;
  const phrase = parseNamePhrase(tokens.slice(k, end + 1).map((t) => t.text));
  if (phrase.name.length < 2) return null;
  return { subject: { kind: 'name', phrase, at: first.start }, last: end };
}

const GENERIC_DETERMINERS = new Set('the a an one another this'.split(' '));
const NOT_HEADS = new Set(
  ('it this that which who what there here one other others same first last time way and or but should would could will can may might must shall ' +
    'did does do has have had is are was were be also not never then past week year day month moment night morning end long lot number').split(' '),
);
// Words after which a determiner opens a clause (its subject) rather than an object.
const CLAUSE_OPENERS = new Set('and but as while because since when so which where then also however though although if'.split(' '));
// Reporting verbs that are not also nouns ("a fundraising call", "the report"): the only ones a
// generic description may come before.
const CLEAR_VERB = /^(?:said|says|told|tells|wrote|writes|read|reads|adds|asks|notes|warns|argues|explains|insists|states|concludes|predicts|continues|declares|alleges|contends|asserts|accuses|suggests|reveals|acknowledges|admits|recalls|write|\p{L}+ed)$/u;

/**
 * Any noun phrase led by a determiner, right before a reporting verb: "the statement said",
 * "the host said", "one employee told". Only used in front of the verb, where the phrase can only
 * be its subject.
 */
function genericDescription(tokens: readonly ClauseToken[], j: number, tail = true): { subject: Subject; first: number } | null {
  const head = tokens[j];
  // A hyphenated head counts ("this Trump look-alike declared", "the 43-year-old asked").
  if (!head || head.quote !== null || head.cap || NOT_HEADS.has(head.lower) || !(/^[\p{L}\p{N}][\p{L}\p{N}-]{2,}$/u.test(head.lower) || head.lower === 'ad') || !/\p{L}/u.test(head.lower)) return null;
  for (let k = j - 1; k >= 0 && j - k <= 4; k--) {
    const w = tokens[k];
    const after = tokens[k + 1];
    if (!w || !after || w.quote !== null || !spaceOnly(after.gap)) return null;
    if (w.cap && /['’]s?$/u.test(w.text) && w.text.length > 2) {
      // A possessive name leads it: "Cruz’s campaign said", "Gowdy’s office slammed" — the
      // campaign or office speaks, not the person.
      let m = k;
      while (m > 0 && tokens[m - 1]?.cap && tokens[m - 1]?.quote === null && spaceOnly(tokens[m]?.gap ?? '')) m--;
      // After a preposition the phrase is an object, not the subject: "a source familiar with
      // Cruz’s thinking said", "the head of the RNC’s rules committee said".
      const lead = tokens[m - 1]?.lower === 'the' ? m - 2 : m - 1;
      if (PREPOSITIONS.has(tokens[lead]?.lower ?? '') && spaceOnly(tokens[lead + 1]?.gap ?? '')) return null;
      const words = tokens.slice(m, j + 1).map((x) => x.text);
      const phrase = parseNamePhrase(words.slice(0, k - m + 1));
      if (phrase.name.length === 0) return null;
      const owner = words.slice(k - m - phrase.name.length + 1, k - m + 1).join(' ');
      return { subject: { kind: 'description', text: `${owner} ${words.slice(k - m + 1).join(' ')}` }, first: m };
    }
    if (GENERIC_DETERMINERS.has(w.lower) || (/^(?:his|her|their)$/u.test(w.lower) && ownedSource(head.lower))) {
      const opener = tokens[k - 1];
      const opensClause = k === 0 || /[,;:—–(]/u.test(w.gap) || (opener !== undefined && (opener.quote !== null || CLAUSE_OPENERS.has(opener.lower)));
      if (opensClause) return { subject: { kind: 'description', text: describe(tokens, k, j) }, first: k };
      // “…,” a voice-over in the ad states / a staffer in the room wondered: the described
      // speaker with where it is; it must open its clause straight after the quote.
      if (tail && opener && /^(?:in|at|from|on)$/u.test(opener.lower) && k > 1) {
        const d = genericDescription(tokens, k - 2, false);
        if (d && tokens[d.first - 1]?.quote != null) return d;
      }
      return null;
    }
    if (PREPOSITIONS.has(w.lower) || SPEECH_VERBS.has(w.lower) || VERB_HELPERS.has(w.lower) || PASSIVE.has(w.lower) || NOT_HEADS.has(w.lower)) return null;
  }
  return null;
}

// Platforms whose name before "post", "comment" or "tweet" makes it a noun, not a verb.
const PLATFORMS = new Set('facebook twitter instagram youtube snapchat reddit tiktok tumblr linkedin medium'.split(' '));
// Words that open a reported clause after a verb, never a subject after it.
const REPORTED_CLAUSE = new Set('that whether if how why what'.split(' '));

/** The subject phrase that starts at token i (after a verb: "said Sir Keir", "added the prime minister"). */
function subjectStartingAt(tokens: readonly ClauseToken[], i: number): { subject: Subject; last: number } | null {
  const t = tokens[i];
  if (!t || t.quote !== null) return null;
  if (t.lower === 'he' || t.lower === 'she') return { subject: { kind: 'pronoun', female: t.lower === 'she' }, last: i };
  // "the advertisement “…” suggests that Phoenix…": a verb then "that" reports a clause; what
  // follows is its content, not who spoke.
  if (REPORTED_CLAUSE.has(t.lower)) return null;
  let j = i;
  while (j + 1 < tokens.length && j - i < MAX_RUN) {
    const next = tokens[j + 1];
    if (!next || !spaceOnly(next.gap)) break;
    if (!(inNameRun(next) || (j === i && DETERMINERS.has(t.lower) && next.quote === null))) {
      break;
    }
    j++;
  }
  // "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": two
  // titles joined by "and"; the name after the second is the speaker, not the place in the first.
  if (tokens[j + 1]?.lower === 'and' && spaceOnly(tokens[j + 1]?.gap ?? '') && parseNamePhrase(tokens.slice(i, j + 1).map((w) => w.text)).name.length === 0) {
    const second = subjectStartingAt(tokens, j + 2);
    if (second && second.subject.kind === 'name' && second.subject.phrase.name.length >= 2) return second;
  }
  // "said the BBC's political editor, Chris Mason" / "said the Met Office's chief forecaster,
  // Paul Gundersen": a described speaker then a name in apposition. The description may hold an
  // organisation's name and words the role list does not know, so look past it to the comma.
  // Also "his"/"her" straight after the verb: "said his best friend at Lehigh, Bruce Turry" (not
  // "according to their friends and advisers, Mrs. Clinton…", where the comma ends the phrase).
  if (/^(?:the|a|an)$/u.test(t.lower) || (/^(?:his|her|their)$/u.test(t.lower) && SPEECH_VERBS.has(tokens[i - 1]?.lower ?? ''))) {
    for (let k = i + 1; k < tokens.length && k - i <= APPOSITION_REACH; k++) {
      const w = tokens[k];
      if (!w || w.quote !== null) break;
      if (w.gap.trim() === ',') {
        if (k - i >= 2 && w.cap) {
          const named = subjectStartingAt(tokens, k);
          if (named && named.subject.kind === 'name') return named;
        }
        break;
      }
      if (!spaceOnly(w.gap)) break;
    }
  }
  // Extend over lower-case words to a source noun: "a diplomatic source".
  if (DETERMINERS.has(t.lower)) {
    for (let k = i + 1; k < tokens.length && k - i <= 4; k++) {
      const w = tokens[k];
      if (!w || w.quote !== null || !spaceOnly(w.gap)) break;
      if (SOURCE_NOUNS.has(w.lower) && !ROLE_HEADS.has(w.lower)) {
        // "the campaign’s senior policy aide Jacob Linwood": the name after the description speaks.
        const named = nameAfterDescriptor(tokens, k - 1);
        if (named) return named;
        return { subject: { kind: 'description', text: describe(tokens, i, k) }, last: k };
      }
    }
  }
  const later = nameAfterDescriptor(tokens, j);
  if (later) return later;
  // “…,” said a former senior law enforcement official. / according to the newspaper — after the verb, a determiner opens
  // the whole subject, up to a comma, a preposition or a relative word.
  const afterVerb = SPEECH_VERBS.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'to' && tokens[i - 2]?.lower === 'according');
  if ((GENERIC_DETERMINERS.has(t.lower) || /^(?:his|her|their)$/u.test(t.lower)) && afterVerb) {
    let k = i + 1;
    while (k < tokens.length && k - i <= 6) {
      const w = tokens[k];
      if (!w || w.quote !== null || !spaceOnly(w.gap) || PREPOSITIONS.has(w.lower) || NOT_DESCRIPTOR.has(w.lower)) break;
      // A participle ends it: "according to an Associated Press-GfK poll released Thursday".
      if (k > i + 1 && !w.cap && /[^e]ed$/u.test(w.lower)) break;
      k++;
    }
    // It must end there: "said the race was…" is reported speech, not a speaker.
    const stop = tokens[k];
    const ends =
      stop === undefined || stop.quote !== null || !spaceOnly(stop.gap) || PREPOSITIONS.has(stop.lower) || /^(?:who|whom|whose|which)$/u.test(stop.lower) || (k > i + 1 && !stop.cap && /[^e]ed$/u.test(stop.lower));
    if (ends && k - 1 > i && !(tokens[k - 1]?.cap ?? false) && (GENERIC_DETERMINERS.has(t.lower) || ownedSource(tokens[k - 1]?.lower ?? ''))) return { subject: { kind: 'description', text: describe(tokens, i, k - 1) }, last: k - 1 };
  }
  for (let end = j; end >= i; end--) {
    const r = subjectEndingAt(tokens, end, true);
    if (r && r.first >= i - (DETERMINERS.has(tokens[i - 1]?.lower ?? '') ? 1 : 0)) {
      // "said the Polish prime minister, Donald Tusk": the name in apposition is the speaker.
      const next = tokens[end + 1];
      if (r.subject.kind !== 'name' && r.subject.kind !== 'pronoun' && next && next.gap.trim() === ',' && next.cap) {
        const named = subjectStartingAt(tokens, end + 1);
        if (named && named.subject.kind === 'name') return named;
      }
      return { subject: r.subject, last: end };
    }
  }
  return null;
}

/**
 * The subject of "X, <a long apposition>, said": the phrase that opens the clause and ends at a
 * comma ("Tom Fitton, the president of Judicial Watch, a conservative group that has sued…,
 * said"; "Minnesota state delegate Mary Susan, clad in a red cape…, said"). Reads from the
 * clause openings before the verb, earliest first; never across a quotation.
 */
function subjectBeforeLongApposition(tokens: readonly ClauseToken[], j: number): { subject: Subject; first: number } | null {
  // The clause starts after the last quotation before the verb (“…,” William Daley, a former
  // chief of staff, said), or at the sentence's start.
  let from = 0;
  for (let k = j; k >= 0; k--) {
    if (tokens[k]?.quote !== null && !appositionQuote(tokens, k)) {
      from = k + 1;
      break;
    }
  }
  for (let s = from; s < j; s++) {
    const t = tokens[s];
    if (!t || (s > from && t.gap.trim() !== ',')) continue;
    let e = s;
    while (e + 1 < j && e - s < MAX_RUN && spaceOnly(tokens[e + 1]?.gap ?? ',')) e++;
    if (tokens[e + 1]?.gap.trim() !== ',') continue;
    const found = subjectEndingAt(tokens, e);
    if (found && found.subject.kind !== 'pronoun' && found.first >= s) return found;
  }
  return null;
}

/** A verb in any tense after a quote: "barked", "fumed", "went (on)". */
function looseVerb(t: ClauseToken | undefined): boolean {
  if (!t || t.quote !== null || t.cap || t.lower.length < 4 || NOT_DESCRIPTOR.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
  return LOOSE_VERBS.has(t.lower) || /[^e]ed$|eed$/u.test(t.lower);
}

/**
 * “…,” Trump barked / “…?” the host pressed / “…!” beamed Donald Hartley: after a quote that ends
 * with a comma, a question or an exclamation mark, a subject and a verb in the past (or the verb,
 * then its subject) are its cue, whatever the verb. The reporting verbs are read by the main rules.
 */
function looseCueAfter(tokens: readonly ClauseToken[], i: number): Cue | null {
  const q = tokens[i];
  const next = tokens[i + 1];
  if (!q || !next || next.quote !== null || !/^[^\S\n]*,?[^\S\n]+$/u.test(next.gap)) return null;
  if (!(q.ends === ',' || q.ends === '?' || q.ends === '!' || next.gap.includes(','))) return null;
  // Only a quote that opens its sentence (or follows another): inside a clause ("would “protect
  // our citizens,” the crowd applauded", "the show “The Apprentice,” thanked…") the words after it
  // go on with the writer's sentence.
  if (i > 0 && tokens[i - 1]?.quote === null && !/[:—–]\s*$/u.test(q.gap)) return null;
  if (looseVerb(next) && !SPEECH_VERBS.has(next.lower) && spaceOnly(tokens[i + 2]?.gap ?? '')) {
    const s = subjectStartingAt(tokens, i + 2) ?? documentAfterRead(tokens, i + 1);
    // Not a possessive: "exhorted Clinton’s introducer, …" is the introducer's.
    const owner = s !== null && /['’]s?$/u.test(tokens[s.last]?.text ?? '');
    if (s && !owner && (s.subject.kind === 'name' || s.subject.kind === 'description')) return { kind: 'verbFirst', first: i + 1, last: s.last, subject: s.subject, rule: 'looseVerbFirst' };
    return null;
  }
  for (let k = i + 1; k < tokens.length && k - i <= MAX_RUN; k++) {
    const w = tokens[k];
    const verb = tokens[k + 1];
    if (!w || w.quote !== null || !verb || !spaceOnly(verb.gap)) return null;
    if (SPEECH_VERBS.has(w.lower) && !w.cap) return null;
    if (!looseVerb(verb) || SPEECH_VERBS.has(verb.lower)) continue;
    const s = subjectEndingAt(tokens, k) ?? genericDescription(tokens, k);
    // (Or "an angry Hollande retaliated": an article and an adjective before the name.)
    if (s && (s.first === i + 1 || (s.first === i + 3 && s.subject.kind === 'name' && /^(?:a|an|the)$/u.test(tokens[i + 1]?.lower ?? '') && /^\p{Ll}+$/u.test(tokens[i + 2]?.text ?? '')))) return { kind: 'verb', first: i + 1, last: k + 1, subject: s.subject, rule: 'looseVerb' };
    return null;
  }
  return null;
}

/** The attribution cues of one sentence's tokens, in order. */
export function findCues(tokens: readonly ClauseToken[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.quote !== null) {
      const loose = looseCueAfter(tokens, i);
      if (loose) cues.push(loose);
      // “…” ― Sonya Herridge: a dash and a name after the quote sign it.
      const signer = tokens[i + 1];
      if (signer && signer.cap && /^\s*[―—–-]\s*$/u.test(signer.gap)) {
        const s = subjectStartingAt(tokens, i + 1);
        if (s && s.subject.kind === 'name') cues.push({ kind: 'verbFirst', first: i + 1, last: s.last, subject: s.subject, rule: 'signed' });
      }
      // "Starmer: “…”" — a name and a colon introduce the quote.
      const prev = tokens[i - 1];
      if (prev && prev.quote === null && /:\s*$/u.test(t.gap) && !SPEECH_VERBS.has(prev.lower)) {
        const s = subjectEndingAt(tokens, i - 1);
        // Only a name that opens its clause introduces: not "told Rai News: “…”".
        // Also after a dash, as in a round-up's "HEADLINE - Carl Bialik: “…”".
        const opens = s !== null && (s.first === 0 || /[,;—–]|\s-\s/u.test(tokens[s.first]?.gap ?? ''));
        if (s && opens && s.subject.kind !== 'pronoun') cues.push({ kind: 'colon', first: s.first, last: i - 1, subject: s.subject, rule: 'colon' });
      } else if (prev && prev.quote === null && spaceOnly(t.gap)) {
        // Headline style, a name then the quote: "Starmer ‘prepared to send troops to Ukraine’".
        const s = subjectEndingAt(tokens, i - 1);
        if (s && s.first === 0 && s.subject.kind === 'name') cues.push({ kind: 'headline', first: 0, last: i - 1, subject: s.subject, rule: 'headline' });
      }
      continue;
    }
    const wordsOf = inTheWordsOf(tokens, i, subjectStartingAt);
    if (wordsOf) {
      cues.push(wordsOf);
      continue;
    }
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const s = subjectStartingAt(tokens, i + 2);
      // "according to its Amazon summary", "according to some on Twitter": a name that only
      // qualifies a noun, or sits after a preposition, is not the source; the words are.
      let nameAt = -1;
      for (let k = i + 2; s && s.subject.kind === 'name' && k <= s.last; k++) if (tokens[k]?.start === s.subject.at) nameAt = k;
      const noun = s ? tokens[s.last + 1] : undefined;
      const modifier = nameAt >= 0 && noun !== undefined && noun.quote === null && !noun.cap && spaceOnly(noun.gap) && /^\p{Ll}+s?$/u.test(noun.text) && !NOT_DESCRIPTOR.has(noun.lower) && !PREPOSITIONS.has(noun.lower) && !SPEECH_VERBS.has(noun.lower) && !VERB_HELPERS.has(noun.lower);
      const afterPrep = nameAt > i + 2 && PREPOSITIONS.has(tokens[nameAt - 1]?.lower ?? '') && spaceOnly(tokens[nameAt]?.gap ?? '');
      if (s && s.subject.kind === 'name' && modifier) cues.push({ kind: 'according', first: i, last: s.last + 1, subject: { kind: 'description', text: describe(tokens, i + 2, s.last + 1) }, rule: 'according' });
      else if (s && afterPrep) cues.push({ kind: 'according', first: i, last: s.last, subject: { kind: 'description', text: describe(tokens, i + 2, s.last) }, rule: 'according' });
      else if (s) cues.push({ kind: 'according', first: i, last: s.last, subject: s.subject, rule: 'according' });
      continue;
    }
    const noun = t.cap && /['’]s$/u.test(t.text) ? sayingNounAfter(tokens, i) : -1;
    if (noun >= 0) {
      // The words are the owner's even after a preposition: "an issue out of Donald Trump’s claim that “…”".
      const s = subjectEndingAt(tokens, i) ?? (tokens[noun + 1]?.lower === 'that' ? subjectEndingAt(tokens, i, true) : null);
      if (s && s.subject.kind === 'name') cues.push({ kind: 'possessive', first: s.first, last: noun, subject: s.subject, rule: 'possessive' });
      continue;
    }
    // "Said Dorothy Poynter, who grew up with him, “…”" / "Stated Stone:": a sentence that opens
    // with the verb, then its subject.
    if (i === 0 && t.cap && SPEECH_VERBS.has(t.lower) && !t.lower.endsWith('ing') && spaceOnly(tokens[1]?.gap ?? '')) {
      // Read without the capitalised verb, which would otherwise join the name ("Said Dorothy").
      const s = subjectStartingAt(tokens.slice(1), 0);
      if (s && s.subject.kind !== 'pronoun') cues.push({ kind: 'verbFirst', first: 0, last: s.last + 1, subject: s.subject, rule: 'verbOpens' });
      continue;
    }
    // "As Tom Ridge put it, “…”": the one idiom where "put" reports speech.
    const putIt = (t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it' && !t.cap;
    // "Kasich is telling a crowd that “…”": a progressive reports like the simple form.
    const progressive = t.lower.endsWith('ing') && /^(?:is|are|was|were)$/u.test(tokens[i - 1]?.lower ?? '') && spaceOnly(t.gap);
    const quotedAs = quotedAsSaying(tokens, i, subjectEndingAt);
    if (quotedAs) {
      cues.push({ kind: 'verb', first: quotedAs.first, last: i, subject: quotedAs.subject, rule: 'quotedAsSaying' });
      continue;
    }
    if (!t.cap && !progressive && t.lower.endsWith('ing') && SPEECH_VERBS.has(t.lower)) {
      // "Ryan saying he was “…” and Trump calling it…", "with Sen. John McCain calling it a “…”": a name right
      // before the "-ing" verb is its subject.
      // Not the object of another verb ("remembered Freddy saying", "made by Trump calling for").
      // "with Trump reportedly yelling": one adverb may stand between the name and the verb.
      const adverb = tokens[i - 1] !== undefined && !(tokens[i - 1]?.cap ?? true) && /^\p{Ll}+ly$/u.test(tokens[i - 1]?.text ?? '') && spaceOnly(tokens[i - 1]?.gap ?? '') ? 1 : 0;
      const plain = spaceOnly(t.gap) ? subjectEndingAt(tokens, i - 1 - adverb) : null;
      const afterWith = plain === null && spaceOnly(t.gap) ? subjectEndingAt(tokens, i - 1 - adverb, true) : null;
      const s = plain ?? (afterWith && /^(?:with)$/u.test(tokens[afterWith.first - 1]?.lower ?? '') ? afterWith : null);
      const before = s ? tokens[s.first - 1] : undefined;
      const free = s !== null && (before === undefined || /[,;—–]/u.test(tokens[s.first]?.gap ?? '') || /^(?:with|and)$/u.test(before.lower));
      const callingFor = t.lower === 'calling' && /^(?:for|on|in)$/u.test(tokens[i + 1]?.lower ?? '');
      if (s && free && !callingFor && (s.subject.kind === 'name' || (s.subject.kind === 'description' && before?.lower === 'with'))) {
        cues.push({ kind: 'verb', first: s.first, last: i, subject: s.subject, rule: 'gerund' });
      }
      continue;
    }
    if (!putIt && (t.cap || !SPEECH_VERBS.has(t.lower) || (t.lower.endsWith('ing') && !progressive))) continue;
    // Subject before the verb, over helpers: "Sir Keir has also said".
    let j = i - 1;
    // "Bryne went on to say", "The email goes on to say": the subject is before "went on to".
    if (tokens[j]?.lower === 'to' && tokens[j - 1]?.lower === 'on' && /^(?:went|goes|go|going)$/u.test(tokens[j - 2]?.lower ?? '') && spaceOnly(t.gap) && spaceOnly(tokens[j]?.gap ?? '') && spaceOnly(tokens[j - 1]?.gap ?? '')) j -= 3;
    let passive = false;
    while (j >= 0) {
      const h = tokens[j];
      const after = tokens[j + 1];
      if (!h || !after || h.quote !== null || !spaceOnly(after.gap)) break;
      const time = timePhraseStart(tokens, j);
      if (time > 0 && spaceOnly(tokens[time]?.gap ?? '')) {
        j = time - 1;
        continue;
      }
      // An adverb in "-ly" ("has repeatedly said"), not a noun ("Scott's family has called").
      if (!(VERB_HELPERS.has(h.lower) || PASSIVE.has(h.lower) || (!h.cap && h.lower.endsWith('ly') && !LY_NOUNS.has(h.lower)))) break;
      // Capitalised after a quote, a helper is a name: "“…,” Will wrote".
      if (h.cap && tokens[j - 1]?.quote !== null && tokens[j - 1] !== undefined) break;
      if (PASSIVE.has(h.lower) && !progressive) passive = true;
      j--;
    }
    if (passive) {
      // "Zelensky was called a “dictator” by Trump": the agent after "by" speaks, not the subject.
      for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
        if (tokens[k]?.lower !== 'by') continue;
        const agent = subjectStartingAt(tokens, k + 1);
        // "was quoted by reporters as saying": the agent only reports (quotedAsSaying.ts).
        if (agent && tokens[agent.last + 1]?.lower === 'as' && tokens[agent.last + 2]?.lower === 'saying') break;
        if (agent && agent.subject.kind !== 'pronoun') cues.push({ kind: 'verb', first: k, last: agent.last, subject: agent.subject, rule: 'passiveBy' });
        break;
      }
      continue;
    }
    const afterJ = tokens[j + 1];
    // "Clinton’s remarks", "Trump’s comments": after a possessive the word is a noun, not a verb.
    if (j === i - 1 && /['’]s?$/u.test(tokens[j]?.text ?? '') && tokens[j]?.quote === null) continue;
    // …and after a platform's name: "a Twitter comment of her own", "From Bush's Facebook post:".
    if (j === i - 1 && spaceOnly(t.gap) && /^(?:post|comment|tweet|message|update|note|statement)$/u.test(t.lower) && PLATFORMS.has(tokens[j]?.lower ?? '') && tokens[j]?.quote === null) continue;
    // …and so after a determiner: "voters in her state would find", "the call", "their claims".
    if (j === i - 1 && spaceOnly(t.gap) && /^(?:his|her|their|its|our|my|your|the|a|an)$/u.test(tokens[j]?.lower ?? '') && tokens[j]?.quote === null) continue;
    let found: { subject: Subject; first: number } | null = null;
    let foundBy = 'subjectVerb';
    // A relative clause: "Keir Starmer, who said…" / "One European official who attended said…".
    let who = -1;
    for (let k = j; k >= 0 && j - k < 4; k--) {
      const w = tokens[k];
      if (!w || w.quote !== null) break;
      if (w.lower === 'who') {
        who = k;
        break;
      }
      if (!spaceOnly(tokens[k + 1]?.gap ?? ' ') || w.cap) break;
    }
    const whoToken = tokens[who];
    if (whoToken && who > 0) {
      foundBy = 'relativeWho';
      found = subjectEndingAt(tokens, who - 1);
    } else if (j >= 0 && afterJ && spaceOnly(afterJ.gap)) {
      // A group or share first: a capitalised "Several" or "Most" would otherwise read as a name.
      const share = shareSubject(tokens, j);
      if (share) foundBy = 'share';
      found = share ? { subject: { kind: 'description', text: share.text }, first: share.first } : subjectEndingAt(tokens, j);
      if (!found && CLEAR_VERB.test(t.lower)) {
        foundBy = 'generic';
        found = genericDescription(tokens, j);
      }
    } else if (j >= 0 && afterJ && afterJ.gap.trim() === ',' && tokens[j]?.quote === null) {
      // An apposition between subject and verb: "Olaf Scholz, a crucial NATO partner, dismissed".
      foundBy = 'apposition';
      for (let k = j; k > 0 && j - k < 12; k--) {
        const tk = tokens[k];
        if (!tk || tk.quote !== null) break;
        if (tk.gap.trim() === ',') {
          if (tk.lower === 'including') {
            const s = subjectEndingAt(tokens, j);
            if (s && s.subject.kind === 'name' && s.first > k) found = s;
          } else if (!tk.cap || DETERMINERS.has(tk.lower) || /^(?:who|which|whose|former)$/u.test(tk.lower)) {
            found = subjectEndingAt(tokens, k - 1);
            // "The complaint, which was filed in federal court, alleged that…": a described subject.
            if (!found && /^(?:who|which)$/u.test(tk.lower) && CLEAR_VERB.test(t.lower)) found = genericDescription(tokens, k - 1);
            // "Senator Richard Shelby, who heads the Senate Banking Committee, which oversees the
            // Fed, said": what "which" describes is a thing, not the subject (read further back).
            if (tk.lower === 'which' && found?.subject.kind === 'name') found = null;
          } else {
            // The name is the apposition: "His foreign minister, Jean-Noël Barrot, added" (not a
            // state's abbreviation: "retired in Cambridge, Mass., said").
            const s = subjectEndingAt(tokens, j);
            // Nor a place: "Clinton, during a town hall in Columbus, Ohio, said" is Clinton's.
            const place = s?.subject.kind === 'name' && isPlaceName(s.subject.phrase.name);
            if (s && s.subject.kind === 'name' && !place && s.first >= k && !(s.first === j && /\.$/u.test(tokens[j]?.text ?? ''))) found = s;
          }
          break;
        }
      }
    }
    // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": the place before "who" is not the
    // subject; the name that opens the clause is.
    const placeFound = found?.subject.kind === 'name' && isPlaceName(found.subject.phrase.name);
    if (placeFound) found = null;
    // (A title's comma inside its marks closes the apposition too: "…, author of “Going Viral,” said".)
    const titleComma = tokens[j]?.ends === ',' && appositionQuote(tokens, j);
    if (!found && j >= 0 && afterJ && (afterJ.gap.trim() === ',' || titleComma) && (who < 0 || placeFound)) {
      foundBy = 'longApposition';
      found = subjectBeforeLongApposition(tokens, j);
    }
    // "Sam Lau, the communications director for the party said": an apposition left unclosed
    // (also when the apposition alone reads as a described subject, "the spokeswoman for…").
    if ((!found || found.subject.kind === 'description') && j >= 0 && afterJ && spaceOnly(afterJ.gap)) {
      const named = openAppositionSubject(tokens, j, subjectEndingAt);
      if (named) {
        foundBy = 'openApposition';
        found = named;
      }
    }
    if (found) {
      cues.push({ kind: 'verb', first: found.first, last: i, subject: found.subject, rule: foundBy });
      continue;
    }
    // Verb before the subject, straight after a quote: "“…,” said Sir Keir."
    const before = tokens[i - 1];
    if (before && before.quote !== null && !/[\p{L}\p{N}]/u.test(t.gap)) {
      const s = subjectStartingAt(tokens, i + 1);
      if (s) cues.push({ kind: 'verbFirst', first: i, last: s.last, subject: s.subject, rule: 'verbFirst' });
    } else if (before && t.gap.trim() === ',' && (t.lower === 'said' || t.lower === 'says' || t.lower === 'added' || t.lower === 'wrote')) {
      // "“This will be a challenge” for Clinton, said Kunin." — an inverted cue after a comma.
      const s = subjectStartingAt(tokens, i + 1);
      if (s && s.subject.kind !== 'pronoun') cues.push({ kind: 'verbFirst', first: i, last: s.last, subject: s.subject, rule: 'inverted' });
    }
  }
  return cues;
}
