import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { warmUpQuotes } from '../../utils/quotes/warmUpQuotes';

describe('warmUpQuotes', () => {
  it('leaves no state behind: the stage reads a text the same before and after it', () => {
    const text = 'Sir Keir Starmer spoke in Paris. “Europe must play its role,” Sir Keir said. “It is a new era,” he added.';
    const before = extractQuotes(text);
    warmUpQuotes();
    expect(extractQuotes(text)).toEqual(before);
    expect(before.map((q) => q.speaker)).toEqual(['Keir Starmer', 'Keir Starmer']);
  });
});
