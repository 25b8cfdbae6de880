import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { findCredits } from '../../utils/match/findCredits';
import { READING_WARM_UPS } from '../../utils/pipeline/readingWarmUps';

describe('READING_WARM_UPS', () => {
  it('leave no state behind: quotes and credits read a text the same before and after them', () => {
    const text = 'Sir Keir Starmer spoke in Paris, the BBC reported. “Europe must play its role,” Sir Keir said. “It is a new era,” he added.';
    const before = { quotes: extractQuotes(text), credits: findCredits(text) };
    for (const warmUp of READING_WARM_UPS) warmUp();
    expect({ quotes: extractQuotes(text), credits: findCredits(text) }).toEqual(before);
    expect(before.quotes.map((q) => q.speaker)).toEqual(['Keir Starmer', 'Keir Starmer']);
    expect(before.credits).toEqual(['BBC']);
  });
});
