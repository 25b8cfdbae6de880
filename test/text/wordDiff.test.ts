import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../utils/text/wordDiff';
import type { DiffPart } from '../../utils/types';

const show = (parts: DiffPart[]): string => parts.map((p) => (p.op === 'same' ? p.text : `${p.op === 'added' ? '+' : '-'}[${p.text.trim()}]`)).join('');

describe('wordDiff', () => {
  it('shows a changed word as removed (page) and added (other outlet)', () => {
    expect(show(wordDiff('a guarantee was the only way', 'a guarantee is the only way'))).toBe('a guarantee -[was]+[is]the only way');
  });

  it('shows what the other outlet has around a cut-down as added at the ends', () => {
    expect(show(wordDiff('a US security guarantee', 'there must be a US backstop because a US security guarantee is the only way'))).toBe(
      '+[there must be a US backstop because]a US security guarantee +[is the only way]',
    );
  });

  it('ignores case, quote marks and punctuation, keeping the page’s wording in common runs', () => {
    const parts = wordDiff('I’m prepared, Europe must', "i'm prepared Europe must.");
    expect(parts).toEqual([{ op: 'same', text: 'I’m prepared, Europe must' }]);
  });

  it('keeps every word of both sides, in order', () => {
    const from = 'It is an existential question for Europe as a whole. This is a once in a generation moment';
    const to = 'This is a once in a generation moment for the collective security of our continent.';
    const parts = wordDiff(from, to);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(parts.filter((p) => p.op !== 'added').map((p) => p.text).join(' '))).toEqual(words(from));
    expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join(' ').replace(/\s+/g, ' ')).toContain('for the collective security of our continent.');
  });

  it('handles empty input', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new words')).toEqual([{ op: 'added', text: 'new words' }]);
  });
});
