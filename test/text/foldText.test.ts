import { describe, expect, it } from 'vitest';
import { foldText } from '../../utils/text/foldText';
import fc from 'fast-check';
import { foldedWords } from '../../utils/text/foldedWords';
import { wordTokens } from '../../utils/text/wordTokens';

describe('foldText', () => {
  it.each([
    ['Élysée Palace', 'elysee palace'],
    ['“US backstop”', '"us backstop"'],
    ['I’m prepared', "i'm prepared"],
    ['Russia—set to begin', 'russia-set to begin'],
    ['«Non», dit‐il', '"non", dit-il'],
    ['ﬁnal talks…', 'final talks...'],
    ['Keir\u00A0Starmer', 'keir starmer'],
  ])('%s → %s', (input, output) => {
    expect(foldText(input)).toBe(output);
  });

  // Names, spellings and credits (the details stage) and the speakers' name words fold the same way.
  it.each([
    ['Zelensky’s', 'Zelensky\'s'],
    ['ZELENSKYY', 'Zelenskyy'],
    ['Élysée', 'Elysee'],
    ['Jean‐Noël Barrot', 'Jean-Noel Barrot'],
  ])('%s and %s fold alike', (a, b) => {
    expect(foldText(a)).toBe(foldText(b));
  });

  // keepOffsets: an offset into the folded text points at the same character of the original.
  it.each([
    ['Talks ended… Zelensky’s “backstop” — Élysée', 'talks ended… zelensky\'s "backstop" - elysee'],
    ['Keir\u00A0Starmer in Kraków', 'keir\u00A0starmer in krakow'],
    ['ﬁnal', 'ﬁnal'],
  ])('keepOffsets: %s → %s', (input, output) => {
    const folded = foldText(input, { keepOffsets: true });
    expect(folded).toBe(output);
    expect(folded).toHaveLength(input.length);
  });
});

describe('wordTokens / foldedWords', () => {
  it('gives folded words with offsets into the original text', () => {
    const text = 'Sir Keir said: “Europe’s role.”';
    const tokens = wordTokens(text);
    expect(tokens.map((t) => t.word)).toEqual(['sir', 'keir', 'said', 'europes', 'role']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Sir', 'Keir', 'said', 'Europe’s', 'role']);
  });

  it.each([
    ["I'm prepared", 'I’m prepared'],
    ['Elysee', 'Élysée'],
    ['once-in-a-generation', 'once-in-a-generation'],
  ])('folds %s and %s to the same words', (a, b) => {
    expect(foldedWords(a)).toEqual(foldedWords(b));
  });

  it('keeps non-Latin words', () => {
    expect(foldedWords('Зеленський сказав')).toEqual(['зеленськии', 'сказав']);
  });
});

describe('foldedWords agrees with wordTokens', () => {
  it.each([
    'Sir Keir said: “Europe’s role – and I’m prepared.” Élysée, once-in-a-generation, ﬁne, ZELENSKYY',
    'Starmer demands US provide ‘backstop’ to deter Russia – after emergency talks',
    'Зеленський сказав; 東京 2025',
    'Plain ASCII: Britain’s “US backstop” – don\'t… 2.5 per cent—a once-in-a-generation moment',
    'Ends on an apostrophe’ and ‘starts’ with one; ’tis',
  ])('%s', (text) => {
    expect(foldedWords(text)).toEqual(wordTokens(text).map((t) => t.word));
  });

  it('on text of words and news punctuation, plain or not (both of its paths)', () => {
    // Plain pieces take foldedWords' fast path; a text with any of the accented or non-Latin
    // pieces takes the general one. (Symbols that fold into letters, such as CJK radicals, are
    // left out: there the whole-text fold and the word-by-word one are known to differ.)
    const piece = fc.constantFrom(
      'Europe’s', "don't", 'US', '“backstop”', 'Said', ' – ', '—', '…', '\u00A0', 'once-in-a', '2.5', "'", '’', '‘', ' ', '\n', '-', '(AP)', 'x’', '’t',
      'ÉLYSÉE', 'ﬁne', 'İ', 'Зеленський', 'ʼ', 'naïve', '東京',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (t) => {
        expect(foldedWords(t)).toEqual(wordTokens(t).map((w) => w.word));
      }),
      { numRuns: 3000, seed: 20250217 },
    );
  });
});
