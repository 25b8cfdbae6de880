// Word-level diff of two wordings of one quote, for the popup: which words only the page
// has, which only the other outlet has. jsdiff's diffArrays does the diffing (Myers); we
// decide what a "word" is, when two words are the same (equal once folded, so "I’m"/"I'm" or
// "Europe"/"europe" are not shown as changes), and where to anchor: on the local alignment
// of the two quotes, so that the words one outlet added around a cut-down are shown as added
// at the ends instead of Myers matching a stray "a US" far from the shared stretch.
import { diffArrays } from 'diff';
import type { DiffPart } from '../types';
import { wordTokens } from './wordTokens';
import { localAlign } from './localAlign';

interface Piece {
  /** Folded word used for comparison. */
  word: string;
  /** The original text of the word and what follows it up to the next word, ending in a space. */
  text: string;
}

const SPACE_AT_END = /\s$/;

function pieces(text: string): Piece[] {
  const tokens = wordTokens(text);
  return tokens.map((token, k) => {
    const piece = text.slice(k === 0 ? 0 : token.start, tokens[k + 1]?.start ?? text.length);
    return { word: token.word, text: SPACE_AT_END.test(piece) ? piece : `${piece} ` };
  });
}

/** A wording cut into words once, for one that is diffed again and again (a corpus quote, against every page). */
export interface DiffWords {
  pieces: readonly Piece[];
  words: readonly string[];
}

/** `text` cut into the words wordDiff compares. */
export function diffWords(text: string): DiffWords {
  const cut = pieces(text);
  return { pieces: cut, words: cut.map((p) => p.word) };
}

/** Runs from `from` (the page's wording) to `to` (the other outlet's): same / added (only `to`) / removed (only `from`). */
export function wordDiff(from: string, to: string): DiffPart[] {
  return wordDiffFrom(from)(to);
}

/** wordDiff with `from` read once, for diffing one page quote against many other wordings (given as text or already cut). */
export function wordDiffFrom(from: string): (to: string | DiffWords) => DiffPart[] {
  const a = diffWords(from);
  return (to) => diffPieces(a, typeof to === 'string' ? diffWords(to) : to);
}

function diffPieces({ pieces: a, words: aWords }: DiffWords, { pieces: b, words: bWords }: DiffWords): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], run: readonly Piece[]): void => {
    const text = run.map((p) => p.text).join('');
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  const al = localAlign(aWords, bWords);
  const [aStart, aEnd, bStart, bEnd] = al.score > 0 ? [al.aStart, al.aEnd, al.bStart, al.bEnd] : [0, a.length, 0, b.length];
  push('removed', a.slice(0, aStart));
  push('added', b.slice(0, bStart));
  const window = a.slice(aStart, aEnd);
  let at = 0;
  for (const change of diffArrays(window, b.slice(bStart, bEnd), { comparator: (x, y) => x.word === y.word })) {
    if (change.added) {
      push('added', change.value);
    } else {
      // jsdiff hands back the `to` side for common runs; show the page's own wording there.
      push(change.removed ? 'removed' : 'same', window.slice(at, at + change.value.length));
      at += change.value.length;
    }
  }
  push('removed', a.slice(aEnd));
  push('added', b.slice(bEnd));
  const last = parts[parts.length - 1];
  if (last) last.text = last.text.trimEnd();
  return parts;
}
