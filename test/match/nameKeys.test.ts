import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../utils/match/nameKeys';

describe('nameKeys', () => {
  it.each([
    ['a person with titles: one key, the surname', 'The talks were led by Prime Minister Sir Keir Starmer on Monday.', ['starmer']],
    ['a first name alone is the person the full name keys', 'Keir Starmer spoke first. Later Sir Keir took questions.', ['starmer']],
    ['a place with a common noun: the distinctive word', 'Leaders met at the Elysee Palace in Paris.', ['elysee', 'paris']],
    ['a possessive is the name', 'It was Macron’s idea, and Scholz’s worry.', ['macron', 'scholz']],
    ['everyday news names are no evidence', 'The president told officials in Washington that the United States and Europe agree.', []],
    ['a sentence’s first word is grammar, not a name', 'Nobody came. Yesterday it rained.', []],
    ['a sentence can start with a full name', 'Olaf Scholz said no.', ['scholz']],
    ['linking words stay inside a name', 'She met Ursula von der Leyen in Brussels.', ['brussels', 'leyen']],
  ])('%s', (_what, text, keys) => {
    expect(nameKeys(text)).toEqual(keys);
  });

  it('reads only the lead when asked', () => {
    const text = 'Leaders met in Paris with Starmer. ' + 'Then more words followed here. '.repeat(20) + 'Finally Rutte spoke.';
    expect(nameKeys(text, 20)).toEqual(['paris', 'starmer']);
    expect(nameKeys(text)).toContain('rutte');
  });
});
