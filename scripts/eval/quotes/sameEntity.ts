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
const CUT = new Set('of for at in from with on by to who whom whose which that and or said says'.split(' '));

const fold = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '');

/** Head word of each comma-separated part of `phrase`. */
export function heads(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/[,;—–()]/u)) {
    const words: string[] = [];
    for (const w of part.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? []) {
      const f = fold(w).replace(/\.$/u, '');
      // "Secretary of State John Kerry", "Speaker of the House Paul Ryan": a one-word title's "of" goes on.
      if (f === 'of' && words.length === 1 && /^\p{Lu}/u.test(part.trim())) {
        words.push(f);
        continue;
      }
      if (CUT.has(f) && words.length > 0) break;
      // A participle or reflexive after the noun starts a modifier: "a poll released Sunday", "Cruz himself".
      if (words.length > 0 && /^\p{Ll}/u.test(w) && (/^\p{L}{3,}ed$/u.test(f) || /sel(?:f|ves)$/u.test(f))) break;
      words.push(f);
    }
    // "Jr." and "Sr." follow the surname.
    while (words.length > 1 && /^(?:jr|sr|ii|iii)$/u.test(words[words.length - 1] ?? '')) words.pop();
    const last = words[words.length - 1];
    if (last) out.push(last);
  }
  return out;
}

/** True when our speaker names the annotated source. */
export function sameEntity(speaker: string, source: string): boolean {
  const mine = heads(speaker)[0];
  return mine !== undefined && heads(source).includes(mine);
}

const PRONOUNS = new Set('he she they it we i you him her them us me his their its our my your who this that these those'.split(' '));

/** An annotated source that is only a pronoun ("he", "They"): the article names no one there. */
export function isPronoun(source: string): boolean {
  const words = source.match(/[\p{L}]+/gu) ?? [];
  return words.length > 0 && words.every((w) => PRONOUNS.has(w.toLowerCase()));
}

/** A source with no capitalised word after its first ("the president", "a 2008 Clinton veteran" is not one). */
export function isDescription(source: string): boolean {
  const words = source.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  return words.length > 0 && /^(?:the|a|an|one|another|this|that|his|her|their|its)$/iu.test(words[0] ?? '') && words.slice(1).every((w) => !/^\p{Lu}/u.test(w));
}

/** An annotation slip: the source span holds only the reporting verb ("said"). */
export function isSlip(source: string): boolean {
  return /^\s*(?:said|says|say|told|added|wrote|asked)\s*$/iu.test(source);
}
