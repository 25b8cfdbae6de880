// Whether quoted words are a title or a name rather than someone's remark: “The Art of the
// Deal”, “Orange Is the New Black”, “State of the Union”, “Make America Great Again”. Writers set
// these in quotation marks with every main word capitalised; people's sentences and phrases are
// not written that way. Measured on PolNeAR (scripts/eval-quotes.ts): titles of works, shows and
// slogans were the largest group of quoted spans that the annotators do not treat as quotes.

// Short words a title leaves in lower case.
const MINOR = new Set('a an the and or but nor of in on at to for with by from as is are vs via per into over up out not off so yet if than'.split(' '));

/** True for quoted words in title case (four to fourteen words, every main word capitalised). */
export function isTitle(quoted: string): boolean {
  // A sentence break or an exclamation inside is speech: “Absolutely not. Absolutely not”, “What a Super Tuesday!”.
  if (/[.!?]\s+\S|[!?]\W*$/u.test(quoted)) return false;
  const words = quoted.split(/[\s\u2014\u2013]+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
  if (words.length < 4 || words.length > 14) return false;
  let capitals = 0;
  for (const [i, w] of words.entries()) {
    if (/^[\p{Lu}\p{N}]/u.test(w)) {
      capitals++;
    } else if (i === 0 || !MINOR.has(w.toLowerCase())) {
      return false;
    }
  }
  // Shouting is not a title: “LOCK HER UP”.
  if (words.every((w) => !/\p{Ll}/u.test(w))) return false;
  return capitals >= 2;
}
