// The subject that opens a sentence when it is not a person the article already knows: a name
// ("Twitter has positioned itself as…", "Romney went after Trump…") or a description led by a
// determiner ("The ad says…", "A letter to committee members calls for…"). Used only for a quote
// in that sentence that no reporting cue claims: in news writing any verb credits its subject
// with the quoted words ("Christie refers to him as “Mr. Trump”").
import { isPlaceName } from './isPlaceName';
import { ownedSource } from './ownedSource';
import { parseNamePhrase } from './parseNamePhrase';
import { HONORIFICS, LOOSE_VERBS, NOT_NAMES, QUALIFIERS, ROLE_WORDS, SAYING_NOUNS, SOURCE_NOUNS, SPEECH_VERBS, VERB_HELPERS } from './speechWords';
import type { ClauseToken } from './tokenizeClause';

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another']);
// Words that open a group ("Several environmental groups warned…", "Some students may have…"):
// a description only when its last word is a plural noun (not "Many fear Trump").
const GROUP_WORDS = new Set('some several many most'.split(' '));
const PASSIVE_OR_HELPER = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'did', 'does', 'may', 'might', 'must', 'also', 'then', 'later', 'again']);
const NOT_VERB = new Set('of for at in on to with from by about and or but as who which that than like after before over under into during'.split(' '));
// How far an apposition after the opening name may run ("Rep. Tom Cole of Oklahoma, an ally of the party's leaders, said").
const APPOSITION_REACH = 26;
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);
// A dash that sets off an apposition ("—", "–", or "--" typed for one).
const DASH = /^\s*(?:[—–]|--)\s*$/u;

// Irregular past forms that follow a subject in news writing ("Mark Jebens, a veteran, found no
// fault with…", "The president left no doubt…"); regular ones end in "-ed".
const IRREGULAR_PAST = new Set('found gave left saw took made led held brought stood sent drew won lost struck kept came got ran cast laid paid spent built sold fought'.split(' '));
// Those that are never participles ("The board saw…"); the others may describe a noun ("an email sent out…").
const PAST_ONLY = new Set('gave saw took drew came ran began went spoke wrote sang swore knew shook'.split(' '));

/** A word that reads as the verb after a subject: a helper, a reporting verb, or a past or third-person form. */
function verbLike(t: ClauseToken | undefined): boolean {
  if (!t || t.quote !== null || t.cap || NOT_VERB.has(t.lower)) return false;
  return PASSIVE_OR_HELPER.has(t.lower) || VERB_HELPERS.has(t.lower) || SPEECH_VERBS.has(t.lower) || LOOSE_VERBS.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /(?:ed|[^s]s)$/u.test(t.lower);
}

// Verbs that say what the subject is or seems, not what it says ("The music seemed to match").
const LINKING = new Set('seemed appeared looked remained became sounded felt proved'.split(' '));
const SUBORDINATORS = new Set('as when while after before if because although though since until once unless whereas'.split(' '));
const OBJECT_START = new Set('a an the that his her their its this these those to no'.split(' '));
// A present form may also take a particle: "the administration waves off the delay" (a past form
// with one may be a participle: "an email sent out by…").
const PARTICLES = new Set('off out up down back'.split(' '));

/**
 * A verb of any kind at k after a description's noun, read strictly: a past form not followed by
 * "by" ("the question posed by…" is a participle), or a present form followed by its object
 * ("The ad targets a “…”"; "The cable news networks" and "The two lawmakers" have no verb there).
 */
function anyVerbAfterNoun(tokens: readonly ClauseToken[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || t.cap || !verbLike(t) || LINKING.has(t.lower) || !next || !spaceOnly(next.gap)) return false;
  // "a fundraising email sent out by Sanders": a form that is also a participle needs its object.
  if (PAST_ONLY.has(t.lower)) return true;
  if (IRREGULAR_PAST.has(t.lower)) return next.quote !== null || OBJECT_START.has(next.lower);
  if (!/[^s]s$/u.test(t.lower)) return next.lower !== 'by';
  return next.quote !== null || OBJECT_START.has(next.lower) || PARTICLES.has(next.lower);
}

// Nouns in "-ly", not adverbs ("The family said…").
const LY_NOUNS = new Set('family ally rally assembly supply monopoly'.split(' '));
// Prepositions a description may take before its verb: "A letter to committee members calls for…",
// "The former secretary of state mocked…", "A footnote in the report makes…".
const COMPLEMENT = new Set(['of', 'to', 'in', 'for', 'from', 'on', 'at', 'with', 'by']);
// Words that open a phrase before the subject, up to a comma: "In 2014, …", "At the rally, …",
// "Reprising a favourite line, the former secretary of state…" (a capitalised "-ing" word too).
const OPENING_PHRASE = new Set(['in', 'at', 'on', 'during', 'for', 'with', 'from', 'throughout', 'led', 'as']);
// Words that open a sentence before a comma and are no one: "Still, …", "Thus, …".
const SENTENCE_ADVERBS = new Set('still thus however yet also now instead meanwhile indeed so moreover besides finally first second then again similarly likewise nonetheless nevertheless'.split(' '));
// How far an opening phrase may run before its comma.
const PHRASE_REACH = 28;

/** A verb strict enough to end a description at k: a reporting verb, a helper, "goes on to", or any verb with its object. */
function descriptionVerb(tokens: readonly ClauseToken[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.quote !== null) return false;
  // "The email goes on to say: “…”", "The piece goes on to slam…".
  if (/^(?:goes|went)$/u.test(t.lower) && tokens[k + 1]?.lower === 'on' && tokens[k + 2]?.lower === 'to') return true;
  return SPEECH_VERBS.has(t.lower) || PASSIVE_OR_HELPER.has(t.lower) || anyVerbAfterNoun(tokens, k);
}

/** A finite verb at k, not a base form that may be a noun ("The evidence for the last claim was…"): "-s", "-ed", a past form, a helper. */
function finiteVerb(tokens: readonly ClauseToken[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.quote !== null || t.cap) return false;
  if (/^(?:is|was|are|were|has|had|have|will|would|can|could|should)$/u.test(t.lower)) return verbLike(tokens[k + 1]) || /^(?:long|already|also|not|never)$/u.test(tokens[k + 1]?.lower ?? '');
  return (/(?:ed|[^s]s)$/u.test(t.lower) || IRREGULAR_PAST.has(t.lower) || LOOSE_VERBS.has(t.lower)) && descriptionVerb(tokens, k);
}

/** The index of the token after an apposition that opens at `at` (its gap a comma), over commas and brackets, where `ok` holds; or -1. */
function afterApposition(tokens: readonly ClauseToken[], at: number, ok: (k: number) => boolean): number {
  // "Jason Sims — a teacher from Mount Pleasant — says…": an apposition between dashes closes with one.
  const dashed = DASH.test(tokens[at]?.gap ?? '');
  for (let a = at + 1; a < tokens.length && a - at <= APPOSITION_REACH; a++) {
    const w = tokens[a];
    if (!w || w.quote !== null || /[.;:!?]/u.test(w.gap)) return -1;
    // "Two military analysts, Patrick Megahan and Chris Harman, found…", "One early supporter,
    // Representative Lee Zeldin, Republican of New York, gave…": the verb after the last comma.
    if ((dashed ? DASH.test(w.gap) : /^\s*\)?\s*,\s*$/u.test(w.gap)) && ok(a)) return a;
  }
  return -1;
}

/** The index after a time phrase at k ("on Friday", "at the time", "last week"), or k. */
function afterTime(tokens: readonly ClauseToken[], k: number): number {
  const w = tokens[k]?.lower;
  const next = tokens[k + 1];
  if (!next || next.quote !== null || !spaceOnly(next.gap)) return k;
  if (w === 'on' && next.cap && /day$/u.test(next.lower)) return k + 2;
  if ((w === 'last' || w === 'this' || w === 'earlier' || w === 'later') && /^(?:week|month|year|night|morning|weekend)$/u.test(next.lower)) return k + 2;
  if (w === 'at' && next.lower === 'the' && tokens[k + 2]?.lower === 'time') return k + 3;
  return k;
}

/** "A former state party chairman said…": a reporting verb's base form before a noun is a noun itself ("state", "post", "call"). */
function nounNotVerb(tokens: readonly ClauseToken[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  // (Only a base form, and not after a plural: "Corporate lobbyists describe such work…".)
  return t !== undefined && next !== undefined && SPEECH_VERBS.has(`${t.lower}s`) && !/s$/u.test(tokens[k - 1]?.lower ?? 's') && next.quote === null && !next.cap && spaceOnly(next.gap) && /^\p{Ll}+$/u.test(next.lower) && !OBJECT_START.has(next.lower) && !verbLike(next);
}

/** A word that may stand inside a long description before its noun: a capitalised word, a number, an adjective ("A 2014 House Intelligence Committee report"), not "what her team". */
const nameOrModifier = (t: ClauseToken): boolean => t.cap || /^\p{N}/u.test(t.text) || (!verbLike(t) && !NOT_VERB.has(t.lower) && !/^(?:what|his|her|their|its|whose)$/u.test(t.lower));

/** A description led by a determiner that opens `tokens`, through to its verb; or null. */
function openingDescription(tokens: readonly ClauseToken[]): { description: string; verb: number; apposition?: number } | null {
  let complement = -1;
  let joined = 0;
  for (let k = 1; k < tokens.length && k <= (complement < 0 ? 8 + joined : complement + 7); k++) {
    const t = tokens[k];
    if (!t || t.quote !== null || t.lower === 'all' || t.lower === 'both') return null;
    // "The complaint, which was filed in federal court, alleged…", "One such document, obtained
    // by The Post, includes…": a description, an apposition, then its verb.
    if (k >= 2 && (/^\s*,\s*$/u.test(t.gap) || DASH.test(t.gap)) && !/ly$/u.test(tokens[k - 1]?.lower ?? '')) {
      const verb = afterApposition(tokens, k, (a) => finiteVerb(tokens, a));
      return verb < 0 ? null : { ...describeWords(tokens, k), verb, apposition: k };
    }
    if (!spaceOnly(t.gap)) return null;
    // "The first taste the audience gets of…": a second article before any preposition opens a clause.
    if (complement < 0 && k >= 2 && /^(?:the|a|an)$/u.test(t.lower)) return null;
    // "The influential delegate and conservative activist, who backs Cruz, warned…": one person
    // described twice (not "The ad and the statement say").
    if (t.lower === 'and' && k >= 2 && complement < 0 && joined === 0 && !(tokens[k + 1]?.cap ?? true) && !DETERMINERS.has(tokens[k + 1]?.lower ?? '') && !verbLike(tokens[k + 1])) {
      joined = 3;
      continue;
    }
    if (NOT_VERB.has(t.lower)) {
      // One preposition after the noun: "A letter to committee members calls for…".
      if (k >= 2 && complement < 0 && COMPLEMENT.has(t.lower) && !/ly$/u.test(tokens[k - 1]?.lower ?? '')) {
        complement = k;
        continue;
      }
      return null;
    }
    // Only a reporting verb or a helper ends a description: "The ad says", "The poll also finds".
    // Any other verb after a noun counts too: "The ad targets…", "The Florida senator sought…".
    // A capitalised word is a name, not the verb: "The Washington Post analysis found…".
    const verb = t.cap || nounNotVerb(tokens, k) ? false : complement < 0 ? SPEECH_VERBS.has(t.lower) || PASSIVE_OR_HELPER.has(t.lower) || (k >= 2 && descriptionVerb(tokens, k)) : k > complement + 1 && finiteVerb(tokens, k);
    if (verb) {
      // "Another said…" has no noun to name.
      if (k < 2) return null;
      // Past five words only with a full name or a lower-case noun last ("The Slate technology
      // columnist David Auerbach went…", "A 2014 House Intelligence Committee report found…").
      if (k > 5 + joined && complement < 0 && !trailingName(tokens, k) && !(/^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? '') && tokens.slice(1, k - 1).every(nameOrModifier))) return null;
      // "Her campaign quickly blasted out…": an adverb before the verb is not part of the description.
      if (/ly$/u.test(tokens[k - 1]?.lower ?? '')) return k >= 3 && complement < 0 && !LY_NOUNS.has(tokens[k - 1]?.lower ?? '') ? { ...describeWords(tokens, k - 1), verb: k } : null;
      return { ...describeWords(tokens, k), verb: k };
    }
  }
  return null;
}

/** A full name of two or more capitalised words that opens the apposition at `at` and ends before a comma, a dash or its verb; or null. */
function namedApposition(tokens: readonly ClauseToken[], at: number): string[] | null {
  let end = at;
  while (end < tokens.length && end - at < 4 && tokens[end]?.cap && tokens[end]?.quote === null && (end === at || spaceOnly(tokens[end]?.gap ?? ''))) end++;
  if (end - at < 2 || spaceOnly(tokens[end]?.gap ?? '')) return null;
  const phrase = parseNamePhrase(tokens.slice(at, end).map((t) => t.text));
  return phrase.name.length >= 2 ? phrase.name : null;
}

/** "The Slate technology columnist David Auerbach went…": a full name after a lower-case title ends the description, before the verb at `verb`; or null. */
function trailingName(tokens: readonly ClauseToken[], verb: number): string[] | null {
  let from = verb;
  while (from > 1 && tokens[from - 1]?.cap && spaceOnly(tokens[from - 1]?.gap ?? '')) from--;
  const title = tokens[from - 1];
  if (verb - from < 2 || !title || title.cap || DETERMINERS.has(title.lower) || !spaceOnly(tokens[from]?.gap ?? '')) return null;
  // Not the object of a preposition: "a paper from the left-leaning Brookings Institution".
  if (tokens.slice(1, from).some((t) => NOT_VERB.has(t.lower) || t.quote !== null)) return null;
  const phrase = parseNamePhrase(tokens.slice(from, verb).map((t) => t.text));
  return phrase.name.length >= 2 && !tokens.slice(from, verb).some((t) => /['’]s?$/u.test(t.text)) ? phrase.name : null;
}

/** tokens[0, k) as a description, the determiner lower-cased ("the former secretary of state"), without a day ("The campaign on Monday released…"). */
function describeWords(tokens: readonly ClauseToken[], k: number): { description: string } {
  const day = tokens[k - 2]?.lower === 'on' && /day$/u.test(tokens[k - 1]?.lower ?? '') && (tokens[k - 1]?.cap ?? false);
  const words = tokens.slice(0, day ? k - 2 : k).map((w) => w.text);
  return { description: `${(words[0] ?? '').toLowerCase()} ${words.slice(1).join(' ')}`.replace(/^(\S+) $/u, '$1') };
}

// Nouns for what someone said or stands for: after a possessive name they make the quote that
// name's words ("Mr. Obama's patronizing suggestion that she was “likable enough”").
const WORDS_NOUNS = new Set([...SAYING_NOUNS, ...'suggestion suggestions criticism criticisms phrase slogan line charge accusation accusations attack attacks question reference catchphrase'.split(' ')]);
// Words that open a clause with a subject of its own ("…, which President Obama on Friday
// declared…", "…, where the secretary of state said…").
const OTHER_CLAUSE = new Set('which whom whose where when while because although'.split(' '));
// These open a clause only with a verb close behind ("after the man had posted…"), else a phrase ("said after a lunch").
const CLAUSE_OR_PHRASE = new Set('after before since until'.split(' '));

/**
 * Someone else's words or clause between the verb and the first quote: "won partly because of
 * Mr. Obama's patronizing suggestion that she was “likable enough”", "the chants were strong in
 * front of the Stonewall Inn, which President Obama declared…". The quote is not the subject's.
 */
function othersWordsFirst(tokens: readonly ClauseToken[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.quote !== null) return false;
    const next = tokens[k + 1];
    if (OTHER_CLAUSE.has(t.lower) && !t.cap && next && next.quote === null && (next.cap || /^(?:the|a|an)$/u.test(next.lower))) return true;
    if (CLAUSE_OR_PHRASE.has(t.lower) && !t.cap && next && next.quote === null && (next.cap || /^(?:the|a|an)$/u.test(next.lower)) && tokens.slice(k + 2, k + 4).some((w) => w.quote === null && !w.cap && /^(?:had|has|was|were|is|are|\p{Ll}+ed)$/u.test(w.text))) return true;
    if (!t.cap || !/['’]s?$/u.test(t.text)) continue;
    for (let m = k + 1; m < tokens.length && m - k <= 3; m++) {
      const w = tokens[m];
      if (!w || w.quote !== null || w.cap) break;
      if (WORDS_NOUNS.has(w.lower)) return true;
    }
  }
  return false;
}

/**
 * "Pew found that “…”", "ProPublica said she…": one capitalised word that is not a person the
 * article names elsewhere is still the source before a reporting verb, when it is no place and no
 * plural ("Tunnels are…", "Audiences can expect…", "Russia insisted" are left alone).
 */
function reports(tokens: readonly ClauseToken[], verb: number, word: string): boolean {
  const v = tokens[verb]?.lower ?? '';
  return (SPEECH_VERBS.has(v) || v === 'found' || v === 'finds') && !/s$/u.test(word) && !isPlaceName([word]);
}

/** What openingSubject finds: name words or a description, and the index of its verb in the tokens given. */
export type OpeningSubject = { name: string[]; known: boolean; verb: number; honorific?: string | null } | { description: string; verb: number };

/** Moves a subject found in tokens.slice(by) back to the whole token list's indices. */
const shifted = (found: OpeningSubject | null, by: number): OpeningSubject | null => (found ? { ...found, verb: found.verb + by } : null);

/** The name words (known: only if the article names that person elsewhere) or description that open `tokens` (a sentence), and its verb; or null. */
export function openingSubject(tokens: readonly ClauseToken[], depth = 0): OpeningSubject | null {
  const first = tokens[0];
  if (!first || first.quote !== null) return null;
  // A dateline is not the subject: "WASHINGTON — Sen. Chuck Grassley on Wednesday downplayed…".
  if (depth < 2 && /^\p{Lu}{2,}$/u.test(first.text)) {
    let d = 1;
    while (d < tokens.length && d < 4 && /^\p{Lu}{2,}$/u.test(tokens[d]?.text ?? '') && spaceOnly(tokens[d]?.gap ?? '')) d++;
    if (/^\s*[—–]\s*$|^\s+-\s+$/u.test(tokens[d]?.gap ?? '')) return shifted(openingSubject(tokens.slice(d), depth + 1), d);
  }
  // "Still, Petrilli, who…, called…", "Thus, in the debate last week, …": a sentence adverb is not a name.
  if (depth < 2 && SENTENCE_ADVERBS.has(first.lower) && /^\s*,\s*$/u.test(tokens[1]?.gap ?? '')) {
    const found = shifted(openingSubject(tokens.slice(1), depth + 1), 1);
    return found && 'name' in found ? { ...found, known: true } : found;
  }
  // "In 2014, …", "Reprising one of her favourite lines, the former secretary of state talked…":
  // the subject comes after the opening phrase; a lone name there must be one the article knows.
  // (Not a name in "-ing": "Manning told…", "Sterling, the CEO, said…".)
  const participle = first.lower !== 'according' && /^\p{Lu}\p{Ll}+ing$/u.test(first.text) && spaceOnly(tokens[1]?.gap ?? '') && !(tokens[1]?.cap ?? true) && !verbLike(tokens[1]);
  if (OPENING_PHRASE.has(first.lower) || participle) {
    for (let c = 1; c < tokens.length && c <= PHRASE_REACH; c++) {
      const t = tokens[c];
      if (!t || t.quote !== null || /[.;:!?]/u.test(t.gap)) return null;
      // "In rejecting a challenge …, which is scheduled for next week, the commission recognized…":
      // the subject follows one of the phrase's commas, not always the first.
      if (/^\s*,\s*$/u.test(t.gap)) {
        const found = shifted(depth < 2 ? openingSubject(tokens.slice(c), depth + 1) : subjectFrom(tokens.slice(c)), c);
        if (found) return 'name' in found ? { ...found, known: found.known || !reports(tokens, found.verb, found.name.join(' ')) } : found;
      }
    }
    return null;
  }
  return subjectFrom(tokens);
}

// What a named owner's staff, campaign or document is called when it speaks for them.

// Sentence words that may open a capitalised run and are no group: "Only European immigrants…", "Even though people…".
const BARE_OPENERS = new Set('only even those these this that it’s it\'s asked'.split(' '));
// Plural nouns for people: "lobbyists", "questioners", "leaders", "supporters", "politicians".
const PEOPLE_NOUN = /^\p{Ll}+(?:ers|ors|ists|ians)$/u;

/** openingSubject, for a sentence or what follows its opening phrase. */
function subjectFrom(tokens: readonly ClauseToken[]): OpeningSubject | null {
  const first = tokens[0];
  if (!first || first.quote !== null) return null;
  // "His office put out a statement saying…", "Her campaign quickly blasted out an email…": a
  // person's staff, campaign or document as the article writes it, when its last word says so.
  if (/^(?:his|her|their)$/u.test(first.lower)) {
    const found = openingDescription(tokens);
    const head = found?.description.split(' ').pop() ?? '';
    return found && ownedSource(head) && !othersWordsFirst(tokens, found.verb + 1) ? found : null;
  }
  if (DETERMINERS.has(first.lower) || GROUP_WORDS.has(first.lower)) {
    const found = openingDescription(tokens);
    if (found && GROUP_WORDS.has(first.lower) && !/^\p{Ll}+s$/u.test(tokens[found.verb - 1]?.text ?? '')) return null;
    if (!found || othersWordsFirst(tokens, found.verb + 1)) return null;
    // "A former presidential candidate -- John Hale, who lost in 2008 -- said…", "The French
    // minister of energy, Marie Roux, alluded…": the full name in apposition is who it is.
    const named = found.apposition === undefined ? trailingName(tokens, found.verb) : namedApposition(tokens, found.apposition);
    return named ? { name: named, known: false, verb: found.verb } : { description: found.description, verb: found.verb };
  }
  // "Corporate lobbyists describe such work as “…”", "Obama's first five questioners ranged from
  // skeptical to hostile: “…”", "Netanyahu and other right-wing Israeli leaders shunned…": a group
  // with no determiner, read as a description would be, when its last word names people (a source
  // noun, or one in "-ers", "-ors", "-ists", "-ians"); not past a "with … -ing" phrase, where
  // someone else speaks ("…, with one of her ads asking, “…”").
  if (first.cap && !NOT_NAMES.has(first.lower) && !SUBORDINATORS.has(first.lower) && !BARE_OPENERS.has(first.lower)) {
    const bare = openingDescription([{ ...first, text: '', lower: 'the', cap: false }, { ...first, gap: ' ' }, ...tokens.slice(1)]);
    const words = bare ? bare.description.trim().split(' ') : [];
    const head = words[words.length - 1] ?? '';
    const quoteAt = tokens.findIndex((t) => t.quote !== null);
    const withPhrase = tokens.slice(0, quoteAt < 0 ? 0 : quoteAt).some((t) => t.lower === 'with');
    if (bare && words.length >= 2 && (SOURCE_NOUNS.has(head) || PEOPLE_NOUN.test(head)) && !withPhrase && !othersWordsFirst(tokens, bare.verb)) return { description: words.join(' '), verb: bare.verb - 1 };
  }
  let k = 0;
  // "Democratic presidential candidate Bernie Sanders is…": lower-case words describing the person
  // before the name; the name is the capitalised run after the last of them.
  let described = -1;
  while (k < tokens.length && k < 8) {
    const t = tokens[k];
    if (!t || t.quote !== null || (k > 0 && !spaceOnly(t.gap))) break;
    const nameWord = t.cap || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower) || QUALIFIERS.has(t.lower);
    if (!nameWord) {
      // "76-year-old Morton Blackwell…": an age may open the description.
      const age = k === 0 && /^\p{N}+-year-old$/u.test(t.lower) && (tokens[1]?.cap ?? false);
      if (!age && (k === 0 || k - described > 4 || !/^\p{Ll}[\p{Ll}-]+$/u.test(t.lower) || verbLike(t) || NOT_VERB.has(t.lower) || DETERMINERS.has(t.lower) || /ly$/u.test(t.lower) || !tokens.slice(k + 1, k + 4).some((w) => w.cap))) break;
      described = k;
    }
    k++;
  }
  // A description with no name after it is not a name ("Band member" alone).
  if (described >= 0 && described === k - 1) return null;
  const nameFrom = described + 1;
  // "Cruz’s lawyers relied on…", "Sanders’ campaign called…": a named owner's staff, campaign or
  // document opens the sentence; the phrase as written is the source.
  // "Schilling’s son, Grant, defended…": over an apposition to the verb.
  const owned = k > nameFrom && /['’]s?$/u.test(tokens[k - 1]?.text ?? '') && ownedSource(tokens[k]?.lower ?? '') && spaceOnly(tokens[k]?.gap ?? '');
  const ownedApposition = owned && /^\s*,\s*$/u.test(tokens[k + 1]?.gap ?? '') ? afterApposition(tokens, k + 1, (a) => verbLike(tokens[a])) : -1;
  if (owned && (spaceOnly(tokens[k + 1]?.gap ?? '') || ownedApposition > 0)) {
    const v = ownedApposition > 0 ? ownedApposition : /^\p{Ll}+ly$/u.test(tokens[k + 1]?.text ?? '') && spaceOnly(tokens[k + 2]?.gap ?? '') ? k + 2 : afterTime(tokens, k + 1);
    if (!verbLike(tokens[v]) || othersWordsFirst(tokens, v + 1)) return null;
    return { description: tokens.slice(nameFrom, k + 1).map((t) => t.text).join(' '), verb: v };
  }
  // "Chancellor Angela Merkel of Germany condemned…": where the person is from.
  let after = k;
  if (tokens[after]?.lower === 'of' && spaceOnly(tokens[after]?.gap ?? '') && tokens[after + 1]?.cap) {
    after++;
    while (after < tokens.length && after - k <= 4 && tokens[after]?.cap && spaceOnly(tokens[after]?.gap ?? '')) after++;
  }
  // "Huma Abedin, vice chairwoman for the campaign, emailed supporters…": over an apposition
  // set off by commas to the verb.
  let verbAt = after;
  // "Sen. Jack Reed (D-R.I.), said…": a party tag, then the comma, then the verb.
  const tagThenVerb = /^\s+,\s*$/u.test(tokens[after]?.gap ?? '') && verbLike(tokens[after]);
  if (k > 0 && !tagThenVerb && (/^\s*,\s*$/u.test(tokens[after]?.gap ?? '') || DASH.test(tokens[after]?.gap ?? ''))) {
    verbAt = afterApposition(tokens, after, (a) => verbLike(tokens[a]) || (/^\p{Ll}+ly$/u.test(tokens[a]?.text ?? '') && verbLike(tokens[a + 1])) || (tokens[a]?.lower === 'on' && (tokens[a + 1]?.cap ?? false)));
    if (verbAt < 0) return null;
  } else if (!tagThenVerb && !spaceOnly(tokens[after]?.gap ?? '')) return null;
  // An adverb or a day between the subject and its verb: "quickly blasted", "on Friday described".
  const v = tokens[verbAt];
  if (v && /^\p{Ll}+ly$/u.test(v.text) && spaceOnly(tokens[verbAt + 1]?.gap ?? '')) verbAt++;
  else verbAt = afterTime(tokens, verbAt);
  if (k === 0 || !verbLike(tokens[verbAt])) return null;
  // "As Blumenthal spoke, the NRA was…": a clause that ends at its verb is not what the sentence says.
  if (SUBORDINATORS.has(first.lower) && /,/u.test(tokens[verbAt + 1]?.gap ?? '')) return null;
  // "Cruz’s lawyers filed…": the name qualifies the subject; only "Rubio’s claim that…" is his.
  if (/['’]s?$/u.test(tokens[k - 1]?.text ?? '') && !SAYING_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  const phrase = parseNamePhrase(tokens.slice(nameFrom, k).map((t) => t.text));
  const lastWord = phrase.name[phrase.name.length - 1];
  if (phrase.name.length === 0 || lastWord === undefined || NOT_NAMES.has(lastWord.toLowerCase())) return null;
  // The name must end the run: "Trump supporters say" is about the supporters.
  if ((tokens[k - 1]?.text ?? '').replace(/['’]s$/u, '') !== lastWord) return null;
  // One capitalised word opening a sentence may be anything ("Corporate lobbyists", "Tunnels"):
  // it must be a name the article already knows.
  if (othersWordsFirst(tokens, verbAt + 1)) return null;
  // "Band member Flea shared…": a lower-case description before one name says it is a person.
  return { name: phrase.name, known: phrase.name.length === 1 && phrase.honorific === null && phrase.role === null && described < 0 && !reports(tokens, verbAt, lastWord), verb: verbAt, honorific: phrase.honorific };
}
