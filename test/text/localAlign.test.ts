import { describe, expect, it } from 'vitest';
import { localAlign } from '../../utils/text/localAlign';
import fc from 'fast-check';
import { foldedWords } from '../../utils/text/foldedWords';

const score = (a: string, b: string): number => localAlign(foldedWords(a), foldedWords(b)).normalized;

describe('localAlign', () => {
  it('scores a cut-down as 1: the shorter quote is wholly inside the longer', () => {
    expect(score('only way to effectively deter Russia', 'a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again')).toBe(1);
  });

  it('scores a one-word change about 0.9', () => {
    const s = score('a US security guarantee was the only way to effectively deter Russia', 'a US security guarantee is the only way to effectively deter Russia');
    expect(s).toBeGreaterThan(0.85);
    expect(s).toBeLessThan(1);
  });

  it('scores two sentences sharing a phrase about 0.5', () => {
    const s = score('I will do so again in the coming days', 'will continue these discussions in the coming days');
    expect(s).toBeGreaterThan(0.3);
    expect(s).toBeLessThan(0.6);
  });

  it('scores a paraphrase low', () => {
    expect(score('Europe must do more to defend itself', 'the continent has to take on greater responsibility for its security')).toBeLessThan(0.3);
  });

  it('reports the aligned ranges, the matches and the edits', () => {
    const a = localAlign(['x', 'a', 'b', 'c', 'y'], ['a', 'b', 'z', 'c']);
    expect([a.aStart, a.aEnd, a.bStart, a.bEnd]).toEqual([1, 4, 0, 4]);
    expect(a.matches).toBe(3);
    expect(a.edits).toBe(1);
    expect(a.score).toBe(5);
  });

  it('gives 0 for nothing shared or empty input', () => {
    expect(localAlign([], ['a']).score).toBe(0);
    expect(localAlign(['a'], ['b']).normalized).toBe(0);
  });
});

/** Smith–Waterman as the textbook writes it (strings compared, Math.max), to check the fast loop against. */
function textbookAlign(a: readonly string[], b: readonly string[]) {
  const cols = b.length + 1;
  const h: number[] = new Array((a.length + 1) * cols).fill(0);
  let best = 0;
  let bestAt = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const v = Math.max(0, h[(i - 1) * cols + j - 1]! + (a[i - 1] === b[j - 1] ? 2 : -1), h[(i - 1) * cols + j]! - 1, h[i * cols + j - 1]! - 1);
      h[i * cols + j] = v;
      if (v > best) [best, bestAt] = [v, i * cols + j];
    }
  }
  let [i, j] = [Math.floor(bestAt / cols), bestAt % cols];
  const [aEnd, bEnd] = best ? [i, j] : [0, 0];
  let matches = 0;
  let edits = 0;
  while (best && i > 0 && j > 0 && h[i * cols + j]! > 0) {
    const same = a[i - 1] === b[j - 1];
    if (h[i * cols + j] === h[(i - 1) * cols + j - 1]! + (same ? 2 : -1)) {
      if (same) matches++;
      else edits++;
      i--;
      j--;
    } else if (h[i * cols + j] === h[(i - 1) * cols + j]! - 1) {
      edits++;
      i--;
    } else {
      edits++;
      j--;
    }
  }
  return { score: best, aStart: best ? i : 0, aEnd, bStart: best ? j : 0, bEnd, matches, edits };
}

describe('localAlign against the textbook algorithm', () => {
  it('finds the same score, ranges, matches and edits on any two word lists', () => {
    const words = fc.array(fc.constantFrom('the', 'us', 'backstop', 'is', 'was', 'only', 'way', 'peace', 'europe', 'must', 'constructor', '__proto__'), { maxLength: 30 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const { normalized: _normalized, ...fast } = localAlign(a, b);
        expect(fast).toEqual(textbookAlign(a, b));
      }),
      { numRuns: 3000, seed: 20250217 },
    );
  });
});
