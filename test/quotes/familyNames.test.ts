// One surname, several people of one family (issue 16: "a name they recognise"). An article that
// calls the candidate "President Obama" or "Mrs. Clinton" and names a relative in full further on
// must not hand the candidate's quotes to the relative.
import { describe } from 'vitest';
import { expectSpeakers } from './speakersOf';

const filler = 'The crowd waited in the cold for hours before the doors opened. '.repeat(30);

describe('a titled surname and a relative named in full much later', () => {
  expectSpeakers([
    [
      'the president keeps his quotes when his wife is named paragraphs later',
      `President Okafor is rolling out a new message: “It is about me.”\n\n${filler}\n\nThe campaign will use Mr. Okafor and the first lady, Grace Okafor, in the coming weeks. “We are ready,” Mr. Okafor said.`,
      ['Okafor', 'Okafor'],
    ],
    [
      '"Mrs." is never the man of that name, nor "Mr." the woman',
      'Bill Hadley and Hillary Hadley arrived together. “We will win,” Mrs. Hadley said. “She will win,” Mr. Hadley said.',
      ['Hillary Hadley', 'Bill Hadley'],
    ],
    [
      'a summary that uses the surname before the lede names the person in full still gets the full name',
      'Mrs. Hadley Wins the Vote.\n\nHillary Hadley won on Tuesday. “It was a long night,” Mrs. Hadley said.',
      ['Hillary Hadley'],
    ],
  ]);
});
