// Smith–Waterman local alignment on word tokens. Local, not global, alignment because an
// outlet often quotes only part of a sentence, or joins it to the next one: edit distance
// would charge for every dropped word, local alignment scores the shared stretch.
// Scoring as passim uses for text reuse: match +2, mismatch -1, gap -1.

export const MATCH_SCORE = 2;
export const MISMATCH_SCORE = -1;
export const GAP_SCORE = -1;

/** The best-scoring shared stretch of two word sequences. */
export interface Alignment {
  /** Raw Smith–Waterman score (0 when nothing is shared). */
  score: number;
  /** score / (2 × length of the shorter sequence), in [0, 1]: 1 when the shorter one is wholly inside the other. */
  normalized: number;
  /** Aligned range in `a` [start, end). */
  aStart: number;
  aEnd: number;
  /** Aligned range in `b` [start, end). */
  bStart: number;
  bEnd: number;
  /** Aligned word pairs that are equal. */
  matches: number;
  /** Substitutions plus gaps inside the aligned stretch. */
  edits: number;
}

/** Aligns word sequences `a` and `b` (O(|a|·|b|) time, as quotes are short). */
export function localAlign(a: readonly string[], b: readonly string[]): Alignment {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const h = new Int32Array(rows * cols);
  let best = 0;
  let bestAt = 0;
  for (let i = 1; i < rows; i++) {
    const word = a[i - 1];
    const row = i * cols;
    const above = row - cols;
    let left = 0;
    for (let j = 1; j < cols; j++) {
      // max(0, diagonal, up, left), as in Smith–Waterman.
      let value = h[above + j - 1]! + (word === b[j - 1] ? MATCH_SCORE : MISMATCH_SCORE);
      const up = h[above + j]! + GAP_SCORE;
      if (up > value) value = up;
      if (left + GAP_SCORE > value) value = left + GAP_SCORE;
      if (value < 0) value = 0;
      h[row + j] = value;
      left = value;
      if (value > best) {
        best = value;
        bestAt = row + j;
      }
    }
  }
  const shorter = Math.min(a.length, b.length);
  const result: Alignment = {
    score: best,
    normalized: shorter ? Math.min(1, best / (MATCH_SCORE * shorter)) : 0,
    aStart: 0,
    aEnd: 0,
    bStart: 0,
    bEnd: 0,
    matches: 0,
    edits: 0,
  };
  if (best === 0) return result;
  // Trace back from the best cell to where the score started from zero.
  let i = Math.floor(bestAt / cols);
  let j = bestAt % cols;
  result.aEnd = i;
  result.bEnd = j;
  while (i > 0 && j > 0 && h[i * cols + j]! > 0) {
    const value = h[i * cols + j]!;
    const same = a[i - 1] === b[j - 1];
    if (value === h[(i - 1) * cols + j - 1]! + (same ? MATCH_SCORE : MISMATCH_SCORE)) {
      if (same) result.matches++;
      else result.edits++;
      i--;
      j--;
    } else if (value === h[(i - 1) * cols + j]! + GAP_SCORE) {
      result.edits++;
      i--;
    } else {
      result.edits++;
      j--;
    }
  }
  result.aStart = i;
  result.bStart = j;
  return result;
}
