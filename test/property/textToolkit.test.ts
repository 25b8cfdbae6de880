// Property tests of the shared text toolkit (utils/text) on hostile text: many cheap cases.
// Offsets must point into the text they came from, and a word diff must show every word of
// both wordings exactly once, in order — on any input, not only on tidy English.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordTokens } from '../../utils/text/wordTokens';
import { splitSentences } from '../../utils/text/splitSentences';
import { wordDiff } from '../../utils/text/wordDiff';
import { localAlign } from '../../utils/text/localAlign';
import { hostileText, quoteHeavyText } from './arbitraries';

const seed = Number(process.env.CQ_FC_SEED ?? 20250217);
const anyText = fc.oneof(hostileText(60), quoteHeavyText);

describe('text toolkit on hostile text', () => {
  // Both give offsets into the text; a word is never empty, a sentence may be (the empty text).
  it.each([
    ['wordTokens: non-empty words in order, each span inside the text', wordTokens, 1],
    ['splitSentences: spans in order, inside the text, not overlapping', splitSentences, 0],
  ] as const)('%s', (_name, split, minLength) => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const s of split(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end - s.start).toBeGreaterThanOrEqual(minLength);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
      }),
      { numRuns: 1500, seed },
    );
  });

  it('wordDiff: the page side (same + removed) and the other side (same + added) keep every word, in order', () => {
    const words = (text: string): string[] => wordTokens(text).map((t) => t.word);
    fc.assert(
      fc.property(hostileText(25), hostileText(25), (from, to) => {
        const parts = wordDiff(from, to);
        expect(words(parts.filter((p) => p.op !== 'added').map((p) => p.text).join(''))).toEqual(words(from));
        expect(words(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join(''))).toEqual(words(to));
      }),
      { numRuns: 800, seed },
    );
  });

  it('localAlign: a score in [0, 1] and ranges inside both word lists', () => {
    const wordList = fc.array(fc.constantFrom('the', 'us', 'backstop', 'is', 'was', 'only', 'way', 'peace', 'europe', 'must'), { maxLength: 30 });
    fc.assert(
      fc.property(wordList, wordList, (a, b) => {
        const al = localAlign(a, b);
        expect(al.normalized).toBeGreaterThanOrEqual(0);
        expect(al.normalized).toBeLessThanOrEqual(1);
        expect(0 <= al.aStart && al.aStart <= al.aEnd && al.aEnd <= a.length).toBe(true);
        expect(0 <= al.bStart && al.bStart <= al.bEnd && al.bEnd <= b.length).toBe(true);
        expect(al.matches).toBeLessThanOrEqual(Math.min(a.length, b.length));
      }),
      { numRuns: 1500, seed },
    );
  });
});
