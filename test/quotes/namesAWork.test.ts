// A programme, book or show named in quotation marks is nobody's remark (issue 16, point 3), even
// in two words: what stands before it says what it is. Found on PolNeAR train ("Trump said on
// NBC’s “Meet the Press”" credited the programme's name to Trump); each passage is written for
// this test.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { namesAWork } from '../../utils/quotes/namesAWork';

describe('namesAWork', () => {
  it.each([
    ['Meet the Press', 'he said on NBC’s', true],
    ['Today', 'she told NBC’s', false], // one word after a possessive may be a remark ("Perry's “Oops”")
    ['Today', 'on the morning show', true],
    ['So, That Happened.', 'co-hosts the politics podcast', true],
    ['Pimp My Chopper.', 'in a segment entitled', true],
    ['Atlas Shrugged', 'a speech in Ayn Rand’s', true],
    ['a steady hand', 'the podcast', false], // not in title case
    ['Lock Her Up!', 'the crowd’s', false], // a chant
    ['Not Going Anywhere', 'It’s', false], // "It’s" is no owner
  ])('“%s” after “%s” -> %s', (quoted, before, expected) => {
    expect(namesAWork(quoted, before)).toBe(expected);
  });
});

describe('extractQuotes leaves out the names of works', () => {
  it.each([
    ['a programme after the network’s possessive', '“We will win,” Holt said on Sunday on KXB’s “Face the Valley.”', ['We will win,']],
    ['a podcast', 'Reyes, who hosts the podcast “Small Town Hours,” said the vote was “a disgrace.”', ['a disgrace.']],
    ['but a remark with its cue attached stays', '“Never Again,” said Holt.', ['Never Again,']],
  ])('%s', (_name, text, expected) => {
    expect(extractQuotes(text).map((q) => q.text)).toEqual(expected);
  });
});
