// A sentence that opens with a named owner's staff, campaign or document ("Cruz’s lawyers relied
// on…", "Hoff’s letter makes a case: “…”"): that phrase is the source of the quote after its
// verb, as written. Found on PolNeAR train (issue 16, "none: description"); each passage is
// written for this test.
import { describe, expect, it } from 'vitest';
import { lastSpeakerOf } from './speakersOf';

describe('a named owner’s staff, campaign or document opening the sentence', () => {
  it.each([
    ['lawyers, after an opening phrase', 'In reply to the suit, Moreno’s lawyers relied on old rulings to argue that she is plainly “a resident” of the district.', 'Moreno’s lawyers'],
    ['a letter, then a colon', 'Hale’s letter makes a blunt case: “We cannot win by hiding from voters.”', 'Hale’s letter'],
    ['a campaign, then a day', 'Dawson’s campaign on Friday accused the agency of “playing politics with the weather.”', 'Dawson’s campaign'],
    ['aides with a full name', 'Maria Ortega’s aides cast the result as proof that her “kitchen table” message works.', 'Maria Ortega’s aides'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  it.each([
    ['a possessive before a thing that does not speak', 'Dawson’s speech drew cheers and chants of “four more years.”'],
  ])('not for %s', (_name, text) => {
    expect(lastSpeakerOf(text)).toBeNull();
  });
});
