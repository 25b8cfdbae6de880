import { describe, expect, it } from 'vitest';
import { localAlign } from '../../utils/text/localAlign';
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
