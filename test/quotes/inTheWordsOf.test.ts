// "in the words of a senior aide, “…”", "“…,” in Pryce’s view": the phrase credits the quote in
// its sentence, as "according to" does. Found on PolNeAR train (issue 16, "none: description");
// each passage is written for this test.
import { describe, expect, it } from 'vitest';
import { lastSpeakerOf } from './speakersOf';

describe('"in the words of X" and "in X’s view"', () => {
  it.each([
    ['a description after "in the words of"', 'The mayor was, in the words of a senior aide, “the last honest man” in the building.', 'a senior aide'],
    ['after the quote, closing the sentence', 'But she does not like “surprises,” in the words of one longtime staffer, and she prepares for weeks.', 'one longtime staffer'],
    ['a known name’s view after the quote', 'Owen Pryce spoke on Monday. “It is a failure across the board” from schools to roads, in Pryce’s view.', 'Owen Pryce'],
    ['a view that opens the sentence', 'Dana Moss spoke first. In Moss’s view, the ruling was “plainly political.”', 'Dana Moss'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  it('not "in" before a name that is only a place', () => {
    expect(lastSpeakerOf('In Ohio’s view of things, the vote was “close.”')).toBeNull();
  });
});
