// The subject that opens a sentence when it is not a person the article already knows: a name
// ("Twitter has positioned itself as…", "Romney went after Trump…") or a description led by a
// determiner ("The ad says…", "A letter to committee members calls for…"). Used only for a quote
// in that sentence that no reporting cue claims: in news writing any verb credits its subject
// with the quoted words ("Christie refers to him as “Mr. Trump”").
import { parseNamePhrase } from './parseNamePhrase';
import { HONORIFICS, LOOSE_VERBS, NOT_NAMES, QUALIFIERS, ROLE_WORDS, SAYING_NOUNS, SPEECH_VERBS, VERB_HELPERS } from './speechWords';
import type { ClauseToken } from './tokenizeClause';

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another']);
const PASSIVE_OR_HELPER = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'did', 'does', 'also', 'then', 'later', 'again']);
const NOT_VERB = new Set('of for at in on to with from by about and or but as who which that than like after before over under into during'.split(' '));
// How far an apposition after the opening name may run ("Rep. Tom Cole of Oklahoma, an ally of the party's leaders, said").
const APPOSITION_REACH = 16;
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** A word that reads as the verb after a subject: a helper, a reporting verb, or a past or third-person form. */
function verbLike(t: ClauseToken | undefined): boolean {
  if (!t || t.quote !== null || t.cap || NOT_VERB.has(t.lower)) return false;
  return PASSIVE_OR_HELPER.has(t.lower) || VERB_HELPERS.has(t.lower) || SPEECH_VERBS.has(t.lower) || LOOSE_VERBS.has(t.lower) || /(?:ed|[^s]s)$/u.test(t.lower);
}

// Verbs that say what the subject is or seems, not what it says ("The music seemed to match").
const LINKING = new Set('seemed appeared looked remained became sounded felt proved'.split(' '));
const SUBORDINATORS = new Set('as when while after before if because although though since until once unless whereas'.split(' '));
const OBJECT_START = new Set('a an the that his her their its this these those to'.split(' '));

/**
 * A verb of any kind at k after a description's noun, read strictly: a past form not followed by
 * "by" ("the question posed by…" is a participle), or a present form followed by its object
 * ("The ad targets a “…”"; "The cable news networks" and "The two lawmakers" have no verb there).
 */
function anyVerbAfterNoun(tokens: readonly ClauseToken[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || t.cap || !verbLike(t) || LINKING.has(t.lower) || !next || !spaceOnly(next.gap)) return false;
  if (!/[^s]s$/u.test(t.lower)) return next.lower !== 'by';
  return next.quote !== null || OBJECT_START.has(next.lower);
}

/** The name words (known: only if the article names that person elsewhere) or description that open `tokens` (a sentence), or null. */
export function openingSubject(tokens: readonly ClauseToken[]): { name: string[]; known: boolean } | { description: string } | null {
  const first = tokens[0];
  if (!first || first.quote !== null) return null;
  if (DETERMINERS.has(first.lower)) {
    for (let k = 1; k < tokens.length && k <= 5; k++) {
      const t = tokens[k];
      if (!t || t.quote !== null || !spaceOnly(t.gap) || NOT_VERB.has(t.lower) || t.lower === 'all' || t.lower === 'both') return null;
      // Only a reporting verb or a helper ends a description: "The ad says", "The poll also finds".
      // Any other verb after a noun counts too: "The ad targets…", "The Florida senator sought…".
      if (SPEECH_VERBS.has(t.lower) || PASSIVE_OR_HELPER.has(t.lower) || (k >= 2 && anyVerbAfterNoun(tokens, k))) {
        // "Another said…" has no noun to name.
        if (k < 2 || /ly$/u.test(tokens[k - 1]?.lower ?? '')) return null;
        const words = tokens.slice(0, k).map((w) => w.text);
        return { description: `${(words[0] ?? '').toLowerCase()} ${words.slice(1).join(' ')}`.replace(/^(\S+) $/u, '$1') };
      }
    }
    return null;
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
      if (k === 0 || k - described > 4 || !/^\p{Ll}[\p{Ll}-]+$/u.test(t.lower) || verbLike(t) || NOT_VERB.has(t.lower) || DETERMINERS.has(t.lower) || /ly$/u.test(t.lower) || !tokens.slice(k + 1, k + 4).some((w) => w.cap)) break;
      described = k;
    }
    k++;
  }
  // A description with no name after it is not a name ("Band member" alone).
  if (described >= 0 && described === k - 1) return null;
  const nameFrom = described + 1;
  // "Chancellor Angela Merkel of Germany condemned…": where the person is from.
  let after = k;
  if (tokens[after]?.lower === 'of' && spaceOnly(tokens[after]?.gap ?? '') && tokens[after + 1]?.cap) {
    after++;
    while (after < tokens.length && after - k <= 4 && tokens[after]?.cap && spaceOnly(tokens[after]?.gap ?? '')) after++;
  }
  // "Huma Abedin, vice chairwoman for the campaign, emailed supporters…": over an apposition
  // set off by commas to the verb.
  let verbAt = after;
  if (k > 0 && /^\s*,\s*$/u.test(tokens[after]?.gap ?? '')) {
    for (let a = after + 1; a < tokens.length && a - after <= APPOSITION_REACH; a++) {
      const w = tokens[a];
      if (!w || w.quote !== null || /[.;:!?()]/u.test(w.gap)) return null;
      if (/^\s*,\s*$/u.test(w.gap)) {
        verbAt = a;
        break;
      }
    }
    if (verbAt === after) return null;
  } else if (!spaceOnly(tokens[after]?.gap ?? '')) return null;
  // An adverb or a day between the subject and its verb: "quickly blasted", "on Friday described".
  const v = tokens[verbAt];
  if (v && /^\p{Ll}+ly$/u.test(v.text) && spaceOnly(tokens[verbAt + 1]?.gap ?? '')) verbAt++;
  else if (v?.lower === 'on' && /day$/u.test(tokens[verbAt + 1]?.lower ?? '') && tokens[verbAt + 1]?.cap) verbAt += 2;
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
  return { name: phrase.name, known: phrase.name.length === 1 && phrase.honorific === null && phrase.role === null };
}
