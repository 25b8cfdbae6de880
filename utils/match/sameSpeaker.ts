// Whether two quote attributions name the same person. The quote stage gives canonical names
// ("Keir Starmer"), but an outlet may name only a surname ("Scholz"), so a shared surname counts.
import { foldedWords } from '../text/foldedWords';

/** True when both name a speaker and the names agree; false when either is unknown. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const x = foldedWords(a);
  const y = foldedWords(b);
  if (x.join(' ') === y.join(' ')) return true;
  const surname = (words: string[]): string | undefined => words[words.length - 1];
  return x.length > 0 && y.length > 0 && surname(x) === surname(y) && !/^(source|spokesperson|spokesman|spokeswoman|official)$/.test(surname(x) ?? '');
}
