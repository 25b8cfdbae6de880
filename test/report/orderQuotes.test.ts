// The order a reader sees the page's quotes in: own sentences, then partial quotes, then phrases.
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../utils/types';
import { orderQuotes } from '../../utils/report/orderQuotes';

let offset = 0;
const quote = (text: string, fragment: boolean): Quote => {
  const start = offset;
  offset += text.length + 10;
  return { id: `q${start}`, text, speaker: 'Keir Starmer', start, end: start + text.length, fragment };
};

describe('orderQuotes', () => {
  it('puts own sentences first, then partial quotes, then short phrases, each in reading order', () => {
    const phrase1 = quote('US backstop', true);
    const full1 = quote('Europe must play its role.', false);
    const partial = quote('a US security guarantee was the only way to deter Russia', true);
    const phrase2 = quote('do more', true);
    const full2 = quote('We will work on this together.', false);
    expect(orderQuotes([phrase1, full1, partial, phrase2, full2]).map((q) => q.text)).toEqual([
      full1.text, full2.text, partial.text, phrase1.text, phrase2.text,
    ]);
  });

  it('leaves the given list as it was', () => {
    const list = [quote('do more', true), quote('Europe must play its role.', false)];
    const before = list.map((q) => q.id);
    orderQuotes(list);
    expect(list.map((q) => q.id)).toEqual(before);
  });
});
