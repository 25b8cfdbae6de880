// A clause word ("when", "while", "but") opens a clause with a subject of its own, and that
// subject's verb introduces the quote: the clause's subject said it, not the sentence's (issue 16,
// PolNeAR train "none"). Each passage is written for this test.
import { describe, expect, it } from 'vitest';
import { lastSpeakerOf } from './speakersOf';

describe('the subject of a clause credited with the quote its verb introduces', () => {
  it.each([
    ['"while" and a known name', 'Lane calls the mayor “Mr. Ortiz,” while Ortiz calls her “Dana.”', 'Ortiz'],
    ['"when" and a described group', 'Kendrick came off a strong forum on Tuesday, when several local reporters called him “the calmest man in the room.”', 'several local reporters'],
    ['"when" and "many" with a plural noun', 'Kendrick came off a strong forum on Tuesday, when many local reporters called him “the calmest man in the room.”', 'many local reporters'],
    ['"but" after a dash and a campaign', 'The Moreno team proposed a debate in Fresno on May 2 - but the Reyes campaign rejected the idea as “absurd” because of the holiday.', 'the Reyes campaign'],
    ['"when" and a titled full name', 'The worry was plain on Friday when Senate Leader Paula J. Brandt of Ohio lamented the “gloomy” mood of the race.', 'Paula J. Brandt'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  it.each([
    ['a clause inside a reported one', 'Marsh said on Monday that Lane was “a lightweight” while Ortiz is “a puzzle.”', 'Marsh'],
    ['a form of "be"', 'The reviewers found 900 flagged emails, but the vast majority were only “internal.”', null],
    ['after a colon', 'Cuban on the race: A teacher can run this town, but Jorge Ortiz has gone “soft” lately.', null],
    ['an aside between dashes', 'The clip then shows a stack of gifts and — while the narrator mentions “lost files” — a shredder.', null],
  ])('not for %s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('a clause whose subject is a thing', () => {
  it('credits no one', () => {
    expect(lastSpeakerOf('Ada Lane spoke for an hour, while the big screen showed the words “Vote Lane.”')).toBeNull();
  });
});
