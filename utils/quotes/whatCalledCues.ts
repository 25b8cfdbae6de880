// "…a legal fight over what former employees have called a “fraudulent scheme”" / "Amid what the
// Times and the Journal each called a “rough week”" / "what one conservative has dubbed “the yuca
// primary”": a "what X called" clause credits the words its naming verb introduces to X, whoever X
// is: a name, a described group, a paper. The clause is read only when the quote follows the verb
// straight away (after "as" and an article), so it never reaches a quote elsewhere in the sentence.
// Not a vague "what many call", "what people call" (nobody in particular), nor "what her team calls"
// (a possessive description is a guess at whose team; left out for precision, as in findCues).
import type { Cue, Subject } from './findCues';
import { parseNamePhrase } from './parseNamePhrase';
import type { ClauseToken } from './tokenizeClause';

const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);
const NAMING = new Set('call calls called dub dubs dubbed term terms termed label labels labeled labelled brand brands branded describe describes described characterize characterizes characterized deem deems deemed'.split(' '));
// Between the subject and its verb: "have called", "each called", "once dubbed".
const HELPERS = new Set('has have had each both all once often also repeatedly now later since then'.split(' '));
// Words that name nobody in particular on their own.
const VAGUE = new Set('many some most others few all people they we you i it one someone somebody anyone everyone who'.split(' '));
const POSSESSIVE = new Set('his her their its our my your'.split(' '));
const TIME = new Set('today now yesterday tomorrow still'.split(' '));
const BE = new Set('is was are were be been being ’s \'s s'.split(' '));
const ARTICLES = new Set('a an the'.split(' '));
/** How many words the subject may run to. */
const REACH = 8;

/** The subject words of a "what X called" clause, read as a name, a pronoun or a description. */
function readSubject(words: readonly ClauseToken[]): Subject | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  if (words.length === 1 && (first.lower === 'he' || first.lower === 'she')) return { kind: 'pronoun', female: first.lower === 'she' };
  if (POSSESSIVE.has(first.lower) || words.some((w) => /['’]s?$/u.test(w.text))) return null;
  if (words.length === 1 && VAGUE.has(first.lower)) return null;
  // "what’s today typically called": a passive with adverbs names nobody.
  if (words.some((w) => !w.cap && (/ly$/u.test(w.lower) || TIME.has(w.lower) || BE.has(w.lower)))) return null;
  if (VAGUE.has(last.lower) || /^\p{N}/u.test(last.text)) return null;
  // A capitalised run with no article: a person's name ("what Jane Doe called").
  if (words.every((w) => w.cap) && !words.some((w) => w.lower === 'the')) {
    const phrase = parseNamePhrase(words.map((w) => w.text));
    return phrase.name.length > 0 ? { kind: 'name', phrase, at: first.start } : null;
  }
  // Otherwise the words as written: "former employees", "the New York Times and the Journal".
  // A description ends in a noun: a capitalised word or a plain lower-case one, not "and" or "to".
  if (!last.cap && !/^\p{Ll}{3,}$/u.test(last.text)) return null;
  if (/^(?:and|or|to|of|for|in|on|at|by|with|that|who|which)$/u.test(last.lower)) return null;
  const text = words.map((w) => w.text).join(' ');
  return { kind: 'description', text: text.replace(/^The\s/u, 'the ') };
}

/** The cues of "what X called/dubbed/described as “…”" clauses, each for the quote its verb introduces. */
export function whatCalledCues(tokens: readonly ClauseToken[]): Cue[] {
  const cues: Cue[] = [];
  tokens.forEach((t, i) => {
    if (t.lower !== 'what' || t.quote !== null) return;
    // Inside a reported "that" clause the words go with the outer report, as cues nest in
    // attributeSpeakers ("Stumpf’s emphasis that only a few had been involved in what lawmakers
    // called “fraud”" reports Stumpf): the clause is not read there.
    for (let k = i - 1; k >= 0 && i - k <= 15; k--) {
      if (tokens[k]?.lower === 'that' && tokens[k]?.quote === null) return;
      if (/[,;:—–]/u.test(tokens[k]?.gap ?? '')) break;
    }
    // The subject: up to the naming verb, plain spaces only, no quote.
    let v = i + 1;
    while (v < tokens.length && v - i <= REACH) {
      const w = tokens[v];
      if (!w || w.quote !== null || !spaceOnly(w.gap)) return;
      if (!w.cap && NAMING.has(w.lower)) break;
      v++;
    }
    const verb = tokens[v];
    if (!verb || !NAMING.has(verb.lower) || verb.cap) return;
    let end = v;
    while (end > i + 1 && HELPERS.has(tokens[end - 1]?.lower ?? '')) end--;
    const subject = readSubject(tokens.slice(i + 1, end));
    if (!subject) return;
    // Then straight to the quote: "as", an article, nothing else ("what X calls her “…”" is not read).
    let q = v + 1;
    if (tokens[q]?.lower === 'as' && tokens[q]?.quote === null) q++;
    if (ARTICLES.has(tokens[q]?.lower ?? '') && tokens[q]?.quote === null) q++;
    const quote = tokens[q];
    if (!quote || quote.quote === null || /[,;:.]/u.test(quote.gap)) return;
    cues.push({ kind: 'verb', first: i + 1, last: q - 1, subject, rule: 'whatCalled' });
  });
  return cues;
}
