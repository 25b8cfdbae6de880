// Word-level diff of two wordings of one quote, for the popup: which words only the page
// has, which only the other outlet has. jsdiff's diffArrays does the diffing (Myers); we
// only decide what a "word" is and when two words are the same (equal once folded, so
// "I’m"/"I'm" or "Europe"/"europe" are not shown as changes).
import { diffArrays } from 'diff';
import type { DiffPart } from '../types';
import { wordTokens } from './wordTokens';

interface Piece {
  /** Folded word used for comparison. */
  word: string;
  /** The original text of the word plus what follows it up to the next word. */
  text: string;
}

function pieces(text: string): Piece[] {
  const tokens = wordTokens(text);
  return tokens.map((token, k) => ({
    word: token.word,
    text: text.slice(k === 0 ? 0 : token.start, tokens[k + 1]?.start ?? text.length),
  }));
}

/** Runs from `from` (the page's wording) to `to` (the other outlet's): same / added (only `to`) / removed (only `from`). */
export function wordDiff(from: string, to: string): DiffPart[] {
  const fromPieces = pieces(from);
  const changes = diffArrays(fromPieces, pieces(to), { comparator: (x, y) => x.word === y.word });
  const parts: DiffPart[] = [];
  let fromAt = 0;
  for (const change of changes) {
    const op: DiffPart['op'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    let run = change.value;
    if (!change.added) {
      // jsdiff hands back the `to` side for common runs; show the page's own wording there.
      run = fromPieces.slice(fromAt, fromAt + change.value.length);
      fromAt += change.value.length;
    }
    const text = run.map((p) => p.text).join('');
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) parts.push({ op, text });
  }
  return parts;
}
