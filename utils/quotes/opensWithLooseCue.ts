// Whether a sentence is only a cue in a verb of any kind ("Trump went on, as if…", "Hannity
// pressed.", "the crowd roared back."), so that it belongs to the quote that ended the sentence
// before it (“…?” Hannity pressed.), or a name with its apposition and a reporting verb
// (“…!” Rep. Glenn Thompson, R-Pa., said). attributeSpeakers reads the plain "X said" itself.
import { LOOSE_VERBS, SPEECH_VERBS } from './speechWords';

const LOOSE = [...LOOSE_VERBS].join('|');
// A short subject (a name, a description after a determiner, or a pronoun), a past verb, an
// optional particle, then the clause ends.
const LOOSE_CUE = new RegExp(
  `^\\s*(?:(?:the|an?|one|another)\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,3}[\\p{Ll}-]+|(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*|he|she|they)\\s+(?:\\p{Ll}+[^e\\s]ed|\\p{Ll}+eed|${LOOSE})(?:\\s+(?:on|back|out|up|in))?\\s*[.,;!]`,
  'u',
);

// A name, its apposition between commas, then a reporting verb that reports nothing new: "Rep.
// Glenn Thompson, R-Pa., said of…", "Mr. Daniloff, now 81…, said by telephone" ("X, a tech
// operative, warned Saturday that…" is a sentence of its own).
const APPOSED_CUE = new RegExp(
  `^\\s*(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*,(?:[^.!?;:"“”]|\\.(?=,)){1,90}?,\\s+(?:${[...SPEECH_VERBS].filter((v) => /(?:ed|said|told|wrote|says|adds)$/u.test(v)).join('|')})(?:\\s*[.,;]|\\s+(?:of|by|in|on|at|during|after|before|while|from|to|with|as|\\p{Ll}+ly)\\b)`,
  'u',
);

/** True when `head` (the start of a sentence) is a subject and a verb in the past, then nothing more of the clause. */
export function opensWithLooseCue(head: string): boolean {
  return LOOSE_CUE.test(head) || APPOSED_CUE.test(head);
}
