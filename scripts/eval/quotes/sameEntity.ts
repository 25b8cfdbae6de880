// Whether our speaker and an annotated source refer to the same entity, by head words.
// A phrase's heads: split at commas (an apposition names the same entity: "a spokeswoman, Anna
// White," / "Chris Weston, chief market strategist at IG"), cut each part at its first
// preposition or relative word ("a spokesman for the Kremlin" -> "a spokesman"), and take the
// last word of what is left, lower-cased, without accents or a possessive ("Ms. White" -> white,
// "the Trump campaign" -> campaign, "a diplomatic source" -> source). Same entity = our
// speaker's head (last word of its first part) is one of the source's heads. So "Hillary
// Clinton" matches "Mrs. Clinton" and "Clinton, the Democratic nominee", but not "the Clinton
// campaign"; "the survey" matches "a new survey". A lower-case participle or reflexive also
// ends the part ("a poll released Sunday" -> poll, "Cruz himself" -> cruz); "of" after a one-word
// title does not ("Secretary of State John F. Kerry" -> kerry).
import { isPlaceName } from '../../../utils/quotes/isPlaceName';
import { foldText } from '../../../utils/text/foldText';

const CUT = new Set('of for at in from with on by to who whom whose which that and or said says'.split(' '));
// Titles that take "of" ("Secretary of State John Kerry", "Former Speaker of the House Newt Gingrich").
const OF_TITLES = new Set('secretary speaker director chairman chairwoman chair president minister governor attorney head chief leader mayor commissioner'.split(' '));
// Words that may stand before such a title ("former", "then-").
const BEFORE_TITLE = new Set('former then acting late the a an'.split(' '));
const DETERMINER = new Set('a an the this that'.split(' '));
// Capitalised adjectives of nation or party inside a description ("the Russian leader",
// "the Democratic front-runner"): not a name.
const NATIONAL = /^(?:\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)|Democratic|Republican)$/u;
const POST_ADJECTIVES = new Set('close closest familiar near'.split(' '));
// A share of a group is the group: "About four in 10 South Carolina voters", "At least half of
// voters in each state", "An average of 10 percent of registered voters" -> voters.
const SHARE = /^\s*(?:(?:about|nearly|almost|roughly|some|at least|at most|more than|fewer than|less than|an average of)\s+)?(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter|a majority|most|many)\s*(?:percent|%)?\s+(?:in\s+(?:\d+|ten)\s+|of\s+(?:the\s+)?)/iu;

// Folded as the extension compares words (foldText: one apostrophe, no accents), possessive dropped.
const fold = (w: string): string => foldText(w).replace(/'s?$/u, '');

/** Head word of each comma-separated part of `phrase`. */
export function heads(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/[,;—–()]/u)) {
    const words: string[] = [];
    const written: string[] = [];
    for (const w of part.replace(SHARE, '').match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? []) {
      const f = fold(w).replace(/\.$/u, '');
      // "Secretary of State John Kerry", "Former Secretary of State Madeleine Albright", "Speaker of
      // the House Paul Ryan": a capitalised title's "of" goes on ("Supporters of Sanders" stops).
      const title = words.filter((x) => !BEFORE_TITLE.has(x));
      const titleWord = written[written.length - 1] ?? '';
      if (f === 'of' && title.length === 1 && OF_TITLES.has(title[0] ?? '') && /^\p{Lu}/u.test(titleWord)) {
        words.push(f);
        written.push(w);
        continue;
      }
      // Two sources joined by "and" are both the source ("Edward-Isaac Dovere and Gabriel
      // Debenedetti"); an "and" after a preposition is inside its object ("the Institute for
      // Science and International Security"), which the preposition has already cut off.
      if (f === 'and' && words.length > 0) {
        const head = words[words.length - 1];
        if (head) out.push(head);
        words.length = 0;
        written.length = 0;
        continue;
      }
      if (CUT.has(f) && words.length > 0) break;
      // A participle or reflexive after the noun starts a modifier: "a poll released Sunday", "Cruz
      // himself"; after a determiner it is an adjective ("A flabbergasted Noah"). So does an
      // adjective that takes "to"/"with": "a person close to the Clintons", "a source familiar with".
      const afterNoun = words.some((x) => !DETERMINER.has(x));
      if (afterNoun && POST_ADJECTIVES.has(f)) break;
      if (afterNoun && /^\p{Ll}/u.test(w) && (/^\p{L}{3,}ed$/u.test(f) || /sel(?:f|ves)$/u.test(f))) break;
      words.push(f);
      written.push(w);
    }
    // "Jr." and "Sr." follow the surname.
    while (words.length > 1 && /^(?:jr|sr|ii|iii)$/u.test(words[words.length - 1] ?? '')) words.pop();
    const last = words[words.length - 1];
    if (last) out.push(last);
    // "Fight for $15 organizing director Kendall Fells": an organisation's name with a preposition
    // in it, then a title and the person's full name. The preposition cut the part at the
    // organisation; the person it ends with is the source too. (Not "A spokesman for … Hillary
    // Clinton": there a lower-case noun comes before the preposition, and the spokesman speaks.)
    const all = part.match(/\S+/gu) ?? [];
    const cutAt = all.findIndex((w, k) => k > 0 && CUT.has(fold(w)));
    const opensWithName = cutAt > 0 && all.slice(0, cutAt).every((w) => /^\p{Lu}/u.test(w));
    const titled = /\s(\p{Ll}[\p{Ll}-]+)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(part);
    if (opensWithName && titled && !CUT.has(titled[1] ?? '') && titled[2]) out.push(fold(titled[2]));
  }
  return out;
}

// Words compared for a source span cut short: lower-case, no determiners or punctuation.
const plain = (s: string): string =>
  (s.match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((w) => foldText(w))
    .filter((w) => !DETERMINER.has(w))
    .join(' ');

/** True when our speaker names the annotated source. */
export function sameEntity(speaker: string, source: string): boolean {
  const mine = heads(speaker)[0];
  if (mine !== undefined && heads(source).includes(mine)) return true;
  // A source span cut short by the annotator ("Ian H", "the senior Cruz advise"): our speaker
  // begins with all of it.
  const cut = plain(source);
  const ours = plain(speaker);
  return cut.length >= 4 && ours.startsWith(cut) && ours.length > cut.length;
}

const PRONOUNS = new Set('he she they it we i you him her them us me his their its our my your who which this that these those'.split(' '));

/** An annotated source that is only a pronoun ("he", "They"): the article names no one there. */
export function isPronoun(source: string): boolean {
  const words = source.match(/[\p{L}]+/gu) ?? [];
  return words.length > 0 && words.every((w) => PRONOUNS.has(w.toLowerCase()));
}

/**
 * A source that describes rather than names: led by a determiner, its head word lower-case ("the
 * president", "the Russian leader", "the Democratic front-runner"; not "the New York Times", and
 * "a 2008 Clinton veteran" is not one either: a name qualifies it).
 */
export function isDescription(source: string): boolean {
  const words = source.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  const head = heads(source)[0] ?? '';
  const headWord = words.find((w) => fold(w).replace(/\.$/u, '') === head) ?? '';
  // A state as an adjective leaves a description: "the independent Vermont senator".
  const names = words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !NATIONAL.test(w) && !isPlaceName([w]));
  return words.length > 0 && /^(?:the|a|an|one|another|this|that|his|her|their|its)$/iu.test(words[0] ?? '') && /^\p{Ll}/u.test(headWord) && names.length === 0;
}

/**
 * An annotation slip: the source span holds the cue, not a source ("said", "said in a statement",
 * "According to"), or a stray letter ("o").
 */
export function isSlip(source: string): boolean {
  return /^\s*(?:(?:said|says|say|told|added|wrote|asked)\b|according to\s*$)/iu.test(source) || /^\s*\p{L}?\s*$/u.test(source);
}
