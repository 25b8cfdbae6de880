// "Kasich came off a strong debate, when many commentators called him “the grownup”", "Lane
// refers to him as “Mr. Ortiz,” while Ortiz refers to her as “Dana.”", "… – but the Reyes
// campaign rejected the idea as “absurd”": a clause word opens a clause with a subject of its own,
// and in news writing any verb credits that subject with the quote it introduces, as it does a
// sentence's opening subject (the sentence's own subject stops at such a clause). The clause's
// subject is read the way openingSubject reads a sentence's, and only for the quote its verb
// introduces, a few words on.
import type { People } from './buildPeople';
import { canSpeak } from './canSpeak';
import { openingSubject, type OpeningSubject } from './openingSubject';
import type { ClauseToken } from './tokenizeClause';

// How many words may stand between the clause's verb and its quote ("called him “…”").
const REACH = 5;
const BE = new Set('is was are were be been being'.split(' '));
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** What a sentence's clause says once, read the first time a quote asks (a sentence may hold thousands of quotes). */
interface ClauseReading {
  at: number;
  found: OpeningSubject | null;
  /** A colon before the clause word. */
  colon: boolean;
  /** The last token after a dash. */
  lastDash: number;
}
const readings = new WeakMap<readonly ClauseToken[], ClauseReading>();

function read(tokens: readonly ClauseToken[], at: number): ClauseReading {
  const known = readings.get(tokens);
  if (known && known.at === at) return known;
  let lastDash = -1;
  tokens.forEach((t, k) => {
    if (/[—–]/u.test(t.gap)) lastDash = k;
  });
  const reading = { at, found: openingSubject(tokens.slice(at + 1), 2), colon: tokens.slice(0, at + 1).some((t) => t.gap.includes(':')), lastDash };
  readings.set(tokens, reading);
  return reading;
}

/** The speaker of the quote at `b` that the clause opening at token `at` ("when", "while", "but") introduces through its own subject, or null. */
export function clauseSubject(tokens: readonly ClauseToken[], at: number, b: number, people: People): string | null {
  const { found, colon, lastDash } = read(tokens, at);
  // "Cuban: A businessman can run it, but Trump has gone ‘crazy’": after a colon the words are someone's own.
  if (colon || !found) return null;
  // "… and — while the narrator mentions “…” — the shot pans to…": an aside between dashes is set
  // inside another clause, whose subject the annotators credit; left alone.
  if (/[—–]/u.test(tokens[at]?.gap ?? '') && lastDash > b) return null;
  const verb = at + 1 + found.verb;
  // "…, but the vast majority were just “confidential”": what the subject is, not what it says.
  if (verb >= b || b - verb > REACH + 1 || BE.has(tokens[verb]?.lower ?? '')) return null;
  // Nothing but words and spaces between the verb and the quote: the clause goes on to it.
  for (let k = verb + 1; k <= b; k++) if (!spaceOnly(tokens[k]?.gap ?? '') || (k < b && tokens[k]?.quote !== null)) return null;
  // (A thing that cannot speak is no source: canSpeak.ts, as for the sentence's own subject.)
  if ('description' in found) return canSpeak(found.description) ? found.description : null;
  const first = tokens[at + 1];
  return people.byName({ name: found.name, honorific: found.honorific ?? null, role: null, qualifier: null }, first?.start ?? 0, !found.known)?.name ?? null;
}
