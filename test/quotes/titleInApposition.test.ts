// A title or a nickname in quotation marks inside an apposition between a name and its reporting
// verb ("Hemsley, the co-author of “Going Viral,” about …, said"): the name still speaks the
// quote after the verb, and the title itself is nobody's words. Found on PolNeAR train (issue 16,
// "none: apposition"); each passage is written for this test.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';

const speakerOf = (text: string, words: string): string | null | undefined => extractQuotes(text).find((q) => q.text.includes(words))?.speaker;

describe('a quoted title inside the apposition', () => {
  it.each([
    ['a book title, then more apposition', 'Lena Brandt, the author of “Quiet Rooms,” about small-town libraries, said the town had lost “its last public living room.”', 'its last public', 'Lena Brandt'],
    ['a title with its comma inside the marks, then the verb', 'As Owen Pryce, professor of history at Tulane and author of “The Long Ballot,” put it, “No vote is ever really over.”', 'No vote', 'Owen Pryce'],
    ['a slogan on a button, after the quote', '“It was louder last time,” Ohio delegate Ray Moss, wearing a straw hat and “Vote Tuesday” buttons, said matter-of-factly as balloons fell.', 'louder last time', 'Ray Moss'],
    ['a show’s name set off by commas, then a relative clause', 'Dana Ruiz, a contestant on the cooking show, “Heat Wave,” who later worked in his kitchen, said her boss was “patient with everyone.”', 'patient with everyone', 'Dana Ruiz'],
  ])('%s', (_name, text, words, expected) => {
    expect(speakerOf(text, words)).toBe(expected);
  });

  it('gives the title itself no speaker', () => {
    const text = 'Lena Brandt, the author of “Quiet Rooms,” about small-town libraries, said the town had lost “its last public living room.”';
    expect(speakerOf(text, 'Quiet Rooms')).toBeNull();
  });
});
