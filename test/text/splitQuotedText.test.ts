import { describe, expect, it } from 'vitest';
import { splitQuotedText } from '../../utils/text/splitQuotedText';

const join = (runs: string[][]): string[] => runs.map((r) => r.join(' '));

describe('splitQuotedText', () => {
  it('separates the outlet’s own words from curly-quoted speech', () => {
    const { unquoted, quoted } = splitQuotedText('The prime minister said a “US backstop” is the “only way” forward.');
    expect(join(quoted)).toEqual(['us backstop', 'only way']);
    expect(join(unquoted)).toEqual(['the prime minister said a', 'is the', 'forward']);
  });

  it('handles straight quote marks (003 uses them)', () => {
    const { quoted } = splitQuotedText('He stated, "Europe must play its role." Scholz said "premature".');
    expect(join(quoted)).toEqual(['europe must play its role', 'premature']);
  });

  it('treats an unclosed quote as running to the paragraph’s end (multi-paragraph quotes)', () => {
    const text = 'Sir Keir said: “Europe must play its role.\n\n“So I will go to Washington next week.”\n\nIt is clear, he said.';
    const { unquoted, quoted } = splitQuotedText(text);
    expect(join(quoted)).toEqual(['europe must play its role', 'so i will go to washington next week']);
    expect(join(unquoted)).toEqual(['sir keir said', 'it is clear he said']);
  });

  it('never joins words across a removed quote or a paragraph break', () => {
    const { unquoted } = splitQuotedText('one two “three” four\nfive six');
    expect(unquoted).toEqual([['one', 'two'], ['four'], ['five', 'six']]);
  });

  it('also removes the spans the quote stage found (quotes without marks)', () => {
    const text = 'Starmer: Europe must step up. Leaders met.';
    const { quoted, unquoted } = splitQuotedText(text, [{ start: 9, end: 29 }]);
    expect(join(quoted)).toEqual(['europe must step up']);
    expect(join(unquoted)).toEqual(['starmer', 'leaders met']);
  });
});
