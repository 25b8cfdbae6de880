// A sentence's opening description is credited with a quote only when it can speak: a scare quote
// in a sentence about a thing is nobody's remark (issue 16: precision first). Found on PolNeAR
// train ("The deal is actually a “pre-agreement”") and on Readability's and the scrapinghub
// suite's pages ("the arrow keys", "the core stage"); each passage is written for this test.
import { describe, expect, it } from 'vitest';
import { canSpeak } from '../../utils/quotes/canSpeak';
import { expectSpeakers } from './speakersOf';

describe('canSpeak', () => {
  it.each([
    ['the ad', true],
    ['the Florida senator', true],
    ['one early supporter', true],
    ['the billionaire businessman', true],
    ['the FBI', true],
    ['a letter to committee members', true],
    ['another source speaking to the paper', true],
    ['a number of experts', true],
    ['the Sanders campaign', true],
    ['the deal', false],
    ['the arrow keys', false],
    ['the importance of deadlines', false],
    ['the disruptions', false],
    ['the other', false],
    ['a better approach', false],
    ['the screen behind her', false],
    ['some students', true],
  ])('%s -> %s', (description, expected) => {
    expect(canSpeak(description)).toBe(expected);
  });
});

describe('a thing opening the sentence is not credited with its scare quote', () => {
  expectSpeakers([
    ['a deal', 'Leaders met on Friday. The deal is really a “pre-agreement” that needs a vote.', [null]],
    ['a stage of a rocket', 'Engines went in last week. The core stage will soon be ready for a “green run” test.', [null]],
    ['but an advertisement is', 'Voters saw it everywhere. The ad calls the mayor “a fraud.”', ['the ad']],
    ['and a group of people is', 'The rally was loud. A group of protesters chanted “not our mayor” for an hour.', ['a group of protesters']],
  ]);
});
