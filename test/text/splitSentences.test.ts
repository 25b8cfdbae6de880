import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/text/splitSentences';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith went to Paris. He met leaders.', ['Mr. Smith went to Paris.', 'He met leaders.']],
    ['Dr. Jones spoke first. Then Prof. Brown replied.', ['Dr. Jones spoke first.', 'Then Prof. Brown replied.']],
    ['The U.S. is not leaving NATO. Europe must do more.', ['The U.S. is not leaving NATO.', 'Europe must do more.']],
    ['Talks with the U.K. and the U.S. resumed. Nothing was agreed.', ['Talks with the U.K. and the U.S. resumed.', 'Nothing was agreed.']],
    ['J. K. Rowling wrote it. It sold well.', ['J. K. Rowling wrote it.', 'It sold well.']],
    ['Sir Keir Starmer spoke. Leaders listened!', ['Sir Keir Starmer spoke.', 'Leaders listened!']],
    ['“We are ready.” He left.', ['“We are ready.”', 'He left.']],
    ['Is it over? No.', ['Is it over?', 'No.']],
    ['Leaders met, e.g. the French and the Germans. Nothing was agreed.', ['Leaders met, e.g. the French and the Germans.', 'Nothing was agreed.']],
    ['Spending rose to 2.5 per cent. It was not enough.', ['Spending rose to 2.5 per cent.', 'It was not enough.']],
    ['“Is it over?” he asked. Nobody answered.', ['“Is it over?”', 'he asked.', 'Nobody answered.']],
    ['首相は語った。「支援は必要だ」と述べた。', ['首相は語った。', '「支援は必要だ」と述べた。']],
    ['Talks went on… and on. Then silence.', ['Talks went on… and on.', 'Then silence.']],
    ['Leaders met at No. 10 Downing Street. Talks began.', ['Leaders met at No. 10 Downing Street.', 'Talks began.']],
    ['Asked again, he said No. Talks began.', ['Asked again, he said No.', 'Talks began.']],
    ['”Mr. Trump is wrong.” She left.', ['”Mr. Trump is wrong.”', 'She left.']],
    ['Vice President Joseph R. Biden Jr. responded on Sept. 11 in Washington. Nothing changed.', ['Vice President Joseph R. Biden Jr. responded on Sept. 11 in Washington.', 'Nothing changed.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('covers the whole text with contiguous spans, including very long inputs', () => {
    const text = 'It is a “new era”, he said. '.repeat(400) + 'No end';
    const spans = splitSentences(text);
    expect(spans[0]?.start).toBe(0);
    expect(spans[spans.length - 1]?.end).toBe(text.length);
    spans.forEach((s, i) => {
      if (i > 0) expect(s.start).toBe(spans[i - 1]?.end);
    });
    expect(spans).toHaveLength(401);
  });

  it('returns one empty-text span for the empty string or none, never throws', () => {
    expect(splitSentences('').every((s) => s.start === 0 && s.end === 0)).toBe(true);
  });
});
