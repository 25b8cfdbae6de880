import { describe, expect, it } from 'vitest';
import { foldText } from '../../utils/text/foldText';
import { foldedWords } from '../../utils/text/foldedWords';
import { wordTokens } from '../../utils/text/wordTokens';

describe('foldText', () => {
  it.each([
    ['Élysée Palace', 'elysee palace'],
    ['“US backstop”', '"us backstop"'],
    ['I’m prepared', "i'm prepared"],
    ['Russia—set to begin', 'russia-set to begin'],
  ])('%s → %s', (input, output) => {
    expect(foldText(input)).toBe(output);
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
  ])('%s', (text) => {
    expect(foldedWords(text)).toEqual(wordTokens(text).map((t) => t.word));
  });
});
