// The noun for what someone said after a possessive name, over a few describing words: "Trump’s
// recent evidence-free assertion that “…”", "Donald Trump’s signature slogan, “…”". The
// possessive cue (findCues.ts) reads it; whether it reaches a quote is decided there.
import { SAYING_NOUNS, SPEECH_VERBS } from './speechWords';
import type { ClauseToken } from './tokenizeClause';

// How many describing words may stand between the possessive and the noun.
const REACH = 3;
const NOT_DESCRIBING = new Set('and or but that which who to of for in on at with by from as is was are were has had have will would'.split(' '));

/** The index of the saying noun after the possessive at i ("Starmer’s assertion"), or -1. */
export function sayingNounAfter(tokens: readonly ClauseToken[], i: number): number {
  for (let k = i + 1; k < tokens.length && k - i <= REACH; k++) {
    const w = tokens[k];
    if (!w || w.quote !== null || w.cap || !/^[^\S\n]+$/u.test(w.gap)) return -1;
    if (SAYING_NOUNS.has(w.lower)) return k;
    // A describing word: "recent", "evidence-free", "signature"; not a verb or a function word.
    if (NOT_DESCRIBING.has(w.lower) || SPEECH_VERBS.has(w.lower) || /(?:ly|ing)$/u.test(w.lower) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) return -1;
  }
  return -1;
}
