// "X is quoted as saying": the passive's subject spoke the quote. Found on PolNeAR train (issue
// 16, "none: description"); each passage is written for this test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf';

describe('"is quoted as saying"', () => {
  it.each([
    ['after the quote, and the quote that follows', '“Our count is the only honest one,” Pruitt is quoted as saying. “The others guess.”', ['Pruitt', 'Pruitt']],
    ['before a "that" clause, with an honorific', 'Sen. Ada Cole was quoted as saying that the bill is “dead on arrival.”', ['Ada Cole']],
    ['over "has been"', 'Mayor Tom Reyes has been quoted as saying the plan is “a fantasy.”', ['Tom Reyes']],
    ['quoted by reporters: the reporters only relay', 'Mayor Jane Holt was quoted by reporters as saying “the bridge stays shut.”', ['Jane Holt']],
    ['quoted by a newspaper, after the quote', '“The bridge stays shut,” Holt was quoted by the local paper as saying.', ['Holt']],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
