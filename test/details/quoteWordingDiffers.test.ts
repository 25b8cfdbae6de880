// When two wordings of one quote differ in a way a reader would care about; the wordings are
// the corpus's and the new fixtures' own.
import { describe, expect, it } from 'vitest';
import { quoteWordingDiffers } from '../../utils/details/quoteWordingDiffers';

const JOINED =
  'Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement, but there must be a US backstop, because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.';
const OWN_SENTENCE = 'Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement.';

describe('quoteWordingDiffers', () => {
  it.each([
    ['a word dropped from a fragment (001 / 003)', 'completely premature.', 'premature'],
    ['a word changed inside (001 / 004)', 'a US security guarantee was the only way to effectively deter Russia', 'But there must be a US backstop because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.'],
    ['a sentence joined to another (002 / 003)', OWN_SENTENCE, JOINED],
    ['the same sentence, joined, the other way round (003 / 002)', JOINED, OWN_SENTENCE],
    [
      'the same opening, then other words (Channel Post / 002)',
      'It is an existential question for Europe as a whole. This is a once in a generation moment for the collective security of our continent,',
      'It is an existential question for Europe as a whole, and therefore vital for Britain’s national interests,',
    ],
  ])('differs: %s', (_what, page, other) => {
    expect(quoteWordingDiffers(page, other)).toBe(true);
  });

  it.each([
    ['a phrase quoted from a longer passage (002 / 003)', 'US backstop', JOINED],
    ['a phrase quoted from a longer passage (003 / 002)', 'existential question', 'It is an existential question for Europe as a whole, and therefore vital for Britain’s national interests,'],
    ['a phrase of a long quote (001 / 002)', 'key elements', 'So I will go to Washington next week to meet President Trump and discuss what we see as the key elements of a lasting peace.'],
    ['a quote cut at another word (001 / 002)', 'not going to leave NATO', 'clear the US is not going to leave NATO'],
    ['a clause of a joined quote (Northern Ledger / 003)', 'prepared to consider committing British forces on the ground alongside others', JOINED],
    ['two cuts of one sentence (001 / 002)', 'a US security guarantee was the only way to effectively deter Russia', 'only way to effectively deter Russia from attacking Ukraine again'],
    ['punctuation and case only', 'completely premature.', 'Completely premature'],
    ['curly and straight apostrophes', 'I’m prepared to consider committing British forces', "I'm prepared to consider committing British forces"],
  ])('does not differ: %s', (_what, page, other) => {
    expect(quoteWordingDiffers(page, other)).toBe(false);
  });

  it('a word outside one outlet’s quote marks and inside the other’s is the same wording (003 a US \'backstop\' / 002 a “US backstop”)', () => {
    const around = { pageBefore: 'emphasized the need for a US \'', pageAfter: "' to deter future Russian aggression", otherBefore: 'the prime minister said a “', otherAfter: '” is the “only way' };
    expect(quoteWordingDiffers('backstop', 'US backstop', around)).toBe(false);
  });

  it('a word the shorter quote’s outlet does not have at all is a changed wording (003 as "premature" / 001 “completely premature.”)', () => {
    const around = { pageBefore: 'peacekeeping forces, labeling it as "', pageAfter: '" given the ongoing conflict.', otherBefore: 'dismissed such discussions as “', otherAfter: '”\nSir Keir stressed' };
    expect(quoteWordingDiffers('premature', 'completely premature.', around)).toBe(true);
  });
});
