import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareQuotes, shareEnoughWords } from '../../utils/match/compareQuotes';
import { foldedWords } from '../../utils/text/foldedWords';
import { localAlign } from '../../utils/text/localAlign';
import { OVERLAP_MIN_RUN, VARIANT_MIN_SCORE } from '../../utils/match/quoteThresholds';

const side = (text: string, speaker: string | null) => ({ words: foldedWords(text), speaker });
const STARMER = 'Keir Starmer';

describe('compareQuotes', () => {
  it.each<[string, string | null, string, string | null, string, string]>([
    // [page quote, page speaker, other quote, other speaker, expected relation, why]
    ['Europe must play its role, and I’m prepared to consider committing British forces', STARMER, 'europe must play its role and I\'m prepared to consider committing British forces.', STARMER, 'exact', 'case, quote marks and punctuation are folded'],
    ['a US security guarantee was the only way to effectively deter Russia', STARMER, 'But there must be a US backstop because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.', STARMER, 'variant', '"is" → "was" (and cut short)'],
    ['Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement.', STARMER, 'Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement, but there must be a US backstop, because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.', STARMER, 'partial', 'joined to the next sentence'],
    ['It is an existential question for Europe as a whole. This is a once in a generation moment for the collective security of our continent.', null, 'This is a once in a generation moment for the collective security of our continent.', STARMER, 'partial', 'two quotes joined on the page'],
    ['only way to effectively deter Russia from attacking Ukraine again', STARMER, 'a US security guarantee was the only way to effectively deter Russia', STARMER, 'partial', 'two cut-downs of one sentence overlapping'],
    ['premature', 'Olaf Scholz', 'completely premature.', 'Olaf Scholz', 'partial', 'fragment inside a quote by the same speaker'],
    ['completely premature', 'Scholz', 'completely premature.', 'Olaf Scholz', 'exact', 'surname alone names the same speaker'],
    ['do more', STARMER, 'But we Europeans will have to do more. The issue of burden sharing is not new.', STARMER, 'partial', 'fragment inside the same speaker’s quote'],
    ['key elements', STARMER, 'So I will go to Washington next week to meet President Trump and discuss what we see as the key elements of a lasting peace.', STARMER, 'partial', 'two words lifted from the same speaker’s sentence'],
    ['not going to leave NATO', 'Keir', 'clear the US is not going to leave NATO', STARMER, 'partial', 'speaker named by given name only ("Sir Keir")'],
    ['effectively deter Russia', null, 'only way to effectively deter Russia from attacking Ukraine again', STARMER, 'partial', 'speaker unknown, but three distinctive words word for word'],
  ])('%s ~ %s → %s (%s)', (a, sa, b, sb, relation) => {
    expect(compareQuotes(side(a, sa), side(b, sb))?.relation).toBe(relation);
    expect(compareQuotes(side(b, sb), side(a, sa))?.relation).toBe(relation);
  });

  it.each<[string, string | null, string, string | null, string]>([
    ['I will do so again in the coming days', STARMER, 'will continue these discussions in the coming days.', 'Emmanuel Macron', 'two sentences sharing a phrase, different speakers'],
    ['I spoke to President Zelenskyy on Friday. I will do so again in the coming days.', STARMER, 'will continue these discussions in the coming days.', STARMER, 'sharing a phrase is not enough even for one speaker'],
    ['premature', 'Olaf Scholz', 'premature', STARMER, 'a fragment by another speaker'],
    ['premature', null, 'completely premature.', 'Olaf Scholz', 'a fragment with no known speaker'],
    ['do more', 'Pete Hegseth', 'But we Europeans will have to do more.', STARMER, 'fragment inside another speaker’s quote'],
    ['in the coming days', STARMER, 'I spoke to President Zelenskyy on Friday. I will do so again in the coming days.', STARMER, 'banal phrase, even by the same speaker'],
    ['in the coming days', 'Emmanuel Macron', 'I spoke to President Zelenskyy on Friday. I will do so again in the coming days.', STARMER, 'banal phrase by another speaker'],
    ['lasting peace', null, 'discuss what we see as the key elements of a lasting peace.', STARMER, 'two words, speaker unknown'],
    ['effectively deter Russia', 'Pete Hegseth', 'only way to effectively deter Russia from attacking Ukraine again', STARMER, 'a fragment by another named speaker'],
    ['effectively deterred Russia', null, 'only way to effectively deter Russia from attacking Ukraine again', STARMER, 'speaker unknown: a changed word is not the same words'],
    ['we will', STARMER, 'we will have to do more', STARMER, 'function words only'],
    ['We need to step up in terms of our collective response in Europe', STARMER, 'Europeans will have to step up, both in terms of spending and the capabilities that we provide.', STARMER, 'a paraphrase of another remark'],
    ['We will meet again in the coming days to see where this leaves us', 'the spokesperson', 'I spoke to President Zelenskyy on Friday. I will do so again in the coming days.', STARMER, 'a spokesperson’s similar words'],
  ])('%s ≁ %s (%s)', (a, sa, b, sb) => {
    expect(compareQuotes(side(a, sa), side(b, sb))).toBeNull();
    expect(compareQuotes(side(b, sb), side(a, sa))).toBeNull();
  });

  it('lets outlets disagree on the speaker of a long, identical quote (a detail worth showing)', () => {
    const text = 'Nobody is currently considering sending troops to Ukraine. Firstly, because peace is still very far away';
    expect(compareQuotes(side(text, 'José Manuel Albares'), side(text, 'Pedro Sánchez'))?.relation).toBe('exact');
  });
});

describe('shareEnoughWords (the shortcut before aligning)', () => {
  // The shortcut must never hide a relation: whenever it says "not enough shared words", the
  // alignment itself finds no containment, no variant and no long shared run.
  it('rules out only pairs whose alignment could not relate them', () => {
    const words = fc.array(fc.constantFrom('the', 'us', 'backstop', 'is', 'was', 'only', 'way', 'peace', 'europe', 'must', 'deter', 'russia'), { minLength: 1, maxLength: 24 });
    let ruledOut = 0;
    fc.assert(
      fc.property(words, words, (x, y) => {
        const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
        if (shareEnoughWords(shorter, longer)) return;
        ruledOut++;
        const a = localAlign(shorter, longer);
        expect(a.edits === 0 && a.aEnd - a.aStart === shorter.length).toBe(false);
        expect(a.normalized).toBeLessThan(VARIANT_MIN_SCORE);
        expect(a.matches).toBeLessThan(OVERLAP_MIN_RUN);
      }),
      { numRuns: 3000, seed: 20250217 },
    );
    // The property saw the shortcut at work, not only pairs it let through.
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('lets through a pair with a long shared run of words', () => {
    expect(shareEnoughWords(side('a US security guarantee was the only way', null).words, side('because a US security guarantee is the only way to deter Russia', null).words)).toBe(true);
    expect(shareEnoughWords(side('the only way to peace', null).words, side('Europe must play its role', null).words)).toBe(false);
  });
});
