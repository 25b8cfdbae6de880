// "“…,” read the statement": a document that the quotation is read from is its source. Found on
// PolNeAR train (issue 16, "none: description / organisation / document"); each passage is
// written for this test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf';

describe('"read" then a document after a quotation', () => {
  it.each([
    ['a statement, then a relative clause', '“The team took notes on her life and used some of them,” read the statement, which was signed by an aide.', ['the statement']],
    ['an email, and the quote in the next sentence', '“Our movement has already changed the debate,” read the email. “And with every vote, we grow.”', ['the email', 'the email']],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it.each([
    ['a person who read the words out', '“We will not be moved,” read Lena Ortiz, slowly, from her notes.', 'Lena Ortiz'],
    ['a thing that is not a document', '“Welcome home,” read the crowd in unison.', null],
  ])('not the document rule for %s', (_name, text, expected) => {
    expect(speakersOf(text)[0]).toBe(expected);
  });
});
