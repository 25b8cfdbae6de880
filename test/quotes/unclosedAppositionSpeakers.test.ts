// A name, then an apposition the writer never closed with a comma, then the reporting verb
// ("Sam Lau, the communications director for the party said"): the opening name speaks. Found on
// PolNeAR train (issue 16, "none: apposition"); each passage is written for this test.
import { describe, expect, it } from 'vitest';
import { lastSpeakerOf } from './speakersOf';

describe('an unclosed apposition between the name and its verb', () => {
  it.each([
    ['a described person who would otherwise be the subject', 'Rosa Delgado, the spokeswoman for the Ohio Farm Bureau said in a statement: “There is nothing left to recount.”', 'Rosa Delgado'],
    ['a title without an article, the quote after the verb', 'Omar Haddad, president and CEO of Lakeshore Grocers Association stated, “It is a math problem.”', 'Omar Haddad'],
    ['a relative clause, after the quote', '“Voters have no reason to trust him,” Rosa Delgado, who is chairman of Main Street Forward said in a statement.', 'Rosa Delgado'],
    ['a relative clause inside the description', '“Voters will choose,” Ivan Petrov, the pollster who founded the Ridgeline survey tweeted on Wednesday.', 'Ivan Petrov'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('a comma that ends an opening word or phrase is not an apposition’s', () => {
  it.each([
    ['a sentence adverb', 'Likewise, a paper from the Carver Institute had this to say about the plan: “Families at the top would gain the most.”', 'a paper from the Carver Institute'],
    ['a time word', 'Today, the Morning Courier newspaper calls it “the pearl” of the coast.', null],
    ['a phrase with a preposition', 'On Social Security, both candidates oppose a formula called the “chained index” that would cut payments.', null],
    ['a clause with its own subject inside the apposition', 'Trump, the man whom Ted Cruz said was “a liar,” spoke on Monday.', 'Ted Cruz'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  it('a list of speakers is not an apposition of its first name', () => {
    expect(lastSpeakerOf('Bill Ames, the mayor and the county commissioners said the levy was “the only way out.”')).not.toBe('Bill Ames');
  });
});
