import { describe, expect, it } from 'vitest';
import { shingleHashes } from '../../utils/text/shingleHashes';
import { hashString } from '../../utils/text/hashString';
import { STOP_WORDS } from '../../utils/text/stopWords';
import { foldedWords } from '../../utils/text/foldedWords';

describe('hashString', () => {
  it('is a stable unsigned 32-bit FNV-1a (the index is built in Node and read in browsers)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});

describe('shingleHashes', () => {
  const words = foldedWords('The prime minister joined the leaders of France, Germany and Italy in Paris');

  it('hashes each run of n words once, sorted', () => {
    const hashes = shingleHashes([words], 5);
    expect(hashes).toHaveLength(words.length - 4);
    expect([...hashes].sort((a, b) => a - b)).toEqual(hashes);
    expect(hashes).toContain(hashString('the prime minister joined the'));
  });

  it('gives the same shingles whatever the case and punctuation', () => {
    const other = foldedWords('THE PRIME MINISTER JOINED THE LEADERS OF FRANCE — GERMANY, AND ITALY IN PARIS!');
    expect(shingleHashes([other], 5)).toEqual(shingleHashes([words], 5));
  });

  it('leaves out shingles made only of function words', () => {
    expect(shingleHashes([foldedWords('and it is in the')], 5)).toEqual([]);
  });

  it('hashes every run as hashString of its words joined by spaces, in and after runs of function words', () => {
    const text = foldedWords('It is what it is, and the prime minister said it was in the end up to all of us to act now on it');
    const expected = new Set<number>();
    for (let i = 0; i + 4 <= text.length; i++) {
      const run = text.slice(i, i + 4);
      if (!run.every((w) => STOP_WORDS.has(w))) expected.add(hashString(run.join(' ')));
    }
    expect(shingleHashes([text], 4)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('makes no shingle across two segments, nor from a segment shorter than n', () => {
    expect(shingleHashes([['a1', 'b1', 'c1'], ['d1', 'e1']], 5)).toEqual([]);
  });
});
