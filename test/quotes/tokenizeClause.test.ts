import { describe, expect, it } from 'vitest';
import { tokenizeClause } from '../../utils/quotes/tokenizeClause';

const words = (text: string) => tokenizeClause(text, 0, text.length, []).map((t) => [t.text, t.lower, t.cap]);

describe('tokenizeClause', () => {
  it.each([
    ['Starmer’s aides said', [['Starmer’s', 'starmer', true], ['aides', 'aides', false], ['said', 'said', false]]],
    ["the PM's words", [['the', 'the', false], ["PM's", 'pm', true], ['words', 'words', false]]],
    ['the U.S. envoy', [['the', 'the', false], ['U.S.', 'u.s', true], ['envoy', 'envoy', false]]],
    ['Mr. Trump said so.', [['Mr.', 'mr', true], ['Trump', 'trump', true], ['said', 'said', false], ['so', 'so', false]]],
    ['O’Brien, Élysée and once-in-a-generation', [['O’Brien', 'o’brien', true], ['Élysée', 'élysée', true], ['and', 'and', false], ['once-in-a-generation', 'once-in-a-generation', false]]],
    ['s’s', [['s’s', 's', false]]],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('stands a quotation in for one token, with the writer’s words around it', () => {
    const text = '“We are ready,” he said.';
    const tokens = tokenizeClause(text, 0, text.length, [{ span: { open: 0, close: 15, start: 1, end: 14, paragraph: 0, closed: true, continues: false }, index: 0 }]);
    expect(tokens.map((t) => t.quote ?? t.lower)).toEqual([0, 'he', 'said']);
  });
});
