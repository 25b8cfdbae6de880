// Speakers credited inside a clause in mid-sentence (issue 16, sixth round): "what X called “…”"
// and its kin. Each row is a passage written for this test. Precision first: where the clause
// names nobody in particular, the speaker stays null rather than a guess.
import { describe } from 'vitest';
import { expectSpeakers } from './speakersOf';

describe('"what X called “…”" credits the words to X', () => {
  expectSpeakers([
    ['a described group, over "have"', 'The fight over whether the academy was what former students have called a “rigged racket” took a new turn on Monday.', ['former students']],
    ['two papers, over "each"', 'Amid what the Daily Ledger and the Evening Star each called a “bruising week” for the mayor, her polls fell.', ['the Daily Ledger and the Evening Star']],
    ['one described person, over "has"', 'The two senators are now rivals, in what one party veteran has dubbed “the orchard primary,” and the race is close.', ['one party veteran']],
    ['a named person, with "as"', 'Ada Pruitt spoke on Monday. Voters rejected what Lena Ortiz described as “a plan for the few.”', ['Lena Ortiz']],
  ]);
});

describe('a "what" clause that names nobody in particular leaves the quote alone', () => {
  expectSpeakers([
    ['a passive with adverbs', 'The cells could one day be used for what’s today typically called “regenerative medicine.”', [null]],
    ['inside a reported "that" clause: the words go with the outer report, not the "what" clause', 'The banker’s insistence that only a few clerks had been involved in what several senators called “plain theft” did not help him.', [null]],
    ['a possessive description ("her team")', 'Ada Pruitt spoke. The results back what her team calls her “open doors” agenda.', [null]],
  ]);
});

describe('a paragraph that is only a dash and a name signs the quote paragraph above it', () => {
  const passage = (lines: string[]): string => lines.join('\n\n');
  expectSpeakers([
    ['a fact check’s claim, then "- Name."', passage(['The two rivals traded numbers at the forum.', '“We spend more per pupil than any state in the region.”', '- Ada Pruitt.', 'The figure is three years old.']), ['Ada Pruitt']],
    ['a title and a note after the comma', passage(['Quotable.', '“I will sign it on the first day.”', '-Governor Tom Hale, speaking in Dayton.']), ['Tom Hale']],
    ['not a wire credit closing the story: the quote run keeps its speaker', passage(['“We will rebuild,” Mayor Ada Pruitt said.', '“Every street of it.”', '— Reuters']), ['Ada Pruitt', 'Ada Pruitt']],
    ['not a bullet with a sentence in it', passage(['Quotable.', '“I will sign it on the first day.”', '- Tom Hale spoke in Dayton on Friday and left early.']), [null]],
    ['not when the paragraph holds more than the quote', passage(['In red, “vote early” was painted on every wall.', '- Tom Hale.']), [null]],
  ]);
});

describe('a passive keeps the subject from a quote only until the subject speaks again', () => {
  expectSpeakers([
    ['booed, then "after telling": the subject speaks', 'Ada Pruitt was booed by the crowd after telling the holdouts that they were “being childish.”', ['Ada Pruitt']],
    ['"is reported to have called": the subject called it', 'Ada Pruitt spoke on Monday. Lena Ortiz also is reported to have called the donors “free riders” at the dinner.', ['Lena Ortiz']],
    ['a passive and no reporting verb after it: nobody', 'Ada Pruitt spoke on Monday. Lena Ortiz was pleased with the column, which ran under the line “the mayor has no plan at all.”', [null]],
    ['a passive inside a relative clause between commas is about the subject’s past', 'Ada Pruitt spoke on Monday. Rep. Lena Ortiz, who was elected in the wave of 2010, casts the mayor as a spender who would “sink” the budget.', ['Lena Ortiz']],
    ['…but not when the quote is still inside that clause', 'Ada Pruitt spoke on Monday. Lena Ortiz, who has been hurt by the auditor’s finding that her books were “a shambles” in May, kept quiet.', [null]],
    ['a noun after the passive is not the subject speaking', 'Ada Pruitt spoke on Monday. Her rise has been fuelled by young voters and the promise of a “fresh start.”', [null]],
  ]);
});
