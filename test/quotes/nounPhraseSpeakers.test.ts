// Sources named by a noun phrase that opens the sentence, where no reporting verb reads them:
// descriptions, documents and bodies ("A letter to … calls for"), long appositions ("X, founder
// of …, board member of …, endorsed"), and the subject after an opening phrase ("In a ruling on
// Friday, the commission recognized"). Found on PolNeAR train (issue 16, "none: description" and
// "none: apposition"); each passage is written for this test.
import { describe, expect, it } from 'vitest';
import { lastSpeakerOf } from './speakersOf';

describe('a noun phrase opening the sentence credits the quote after its verb', () => {
  it.each([
    ['an irregular past verb after a name and its apposition', 'Dana Kessler, a retired nurse from Toledo, gave the plan a simple verdict: “It will not work.”', 'Dana Kessler'],
    ['an irregular past verb after a description', 'The governor left no doubt about his plans, saying the state would “fight this rule in every court.”', 'the governor'],
    ['a description with "of"', 'The former secretary of labor mocked the proposal as a “tax on working families.”', 'the former secretary of labor'],
    ['a document with a preposition after its noun', 'A letter to the county clerk calls for every ballot to be “counted by hand, twice.”', 'a letter to the county clerk'],
    ['a description, a relative clause, then the verb', 'One volunteer, who did not give her name, said the mood was “grim but determined.”', 'one volunteer'],
    ['a document, a participle phrase, then the verb', 'One such memo, obtained by reporters, includes a clause that bars staff from “speaking to the press.”', 'one such memo'],
    ['an apposition with two commas', 'Ruth Abernathy, founder of a small charity, board member of two others, endorsed the mayor, saying he has “never once let us down.”', 'Ruth Abernathy'],
    ['an apposition with an abbreviation in brackets', 'Pablo Ferreira, the head of the Independent Budget Office (IBO), reacted coolly to the plan, “We have seen this before.”', 'Pablo Ferreira'],
    ['the subject after an opening participle phrase', 'Repeating a line from her stump speech, the senator talked about “a fair shot for everyone.”', 'the senator'],
    ['the subject after an opening prepositional phrase', 'In a ruling on Friday, the commission recognized that voters deserve “a clear answer.”', 'the commission'],
    ['"goes on to say"', 'The memo goes on to say: “No one on staff may speak to reporters.”', 'the memo'],
    ['a day is not part of the description', 'The campaign on Monday released a statement calling the ruling “a win for voters.”', 'the campaign'],
    ['a past form that is never a participle, before "by"', 'The retired general began by talking about the border, saying that the fence is now “a joke from end to end.”', 'the retired general'],
    ['a present verb with a particle', 'For now, the ministry waves off the delay as having “no real effect” on prices.', 'the ministry'],
    ['"at the time" between the name and its verb', 'Mayor Ortiz at the time said he’d asked his “best people” to look into it.', 'Ortiz'],
    ['one person described twice, joined by "and"', 'The influential donor and longtime activist, who backs the mayor, warned of a “bitter” fight ahead.', 'the influential donor and longtime activist'],
    ['a described subject, a relative clause, then a reporting verb', 'The lawsuit, which was filed in a state court in Denver, alleged that the county “ignored every warning it was given.”', 'the lawsuit'],
    ['"pointed out" reports', 'But as the Ledger pointed out, “Still, the mayor has so far declined to release the audit.”', 'the Ledger'],
    ['"points out" after the quote', '“There were some of us who thought so,” Hargrove points out.', 'Hargrove'],
    ['"agrees" before the name after the quote', '"Our ideas of success are different," agrees Dana Whitfield, 29, of Tulsa, Okla.', 'Dana Whitfield'],
    ['a sentence adverb before a description', 'Still, the board ranked the plan “dead last” among the options.', 'the board'],
    ['a sentence adverb before a known name and its apposition', 'Harlan Voss chairs the board.\n\nStill, Voss, who thinks the council overreached, rated the new rule “much, much worse” than the old one.', 'Harlan Voss'],
    ['a party label is not part of the name', 'Democrat Maya Lindqvist spoke in Duluth. “We will win this seat,” Lindqvist said.', 'Maya Lindqvist'],
    ['…but stays in an organisation’s', 'The Democratic Senatorial Campaign Committee said the ad was “a lie.”', 'Democratic Senatorial Campaign Committee'],
    ['a dateline before the subject', 'WASHINGTON — Sen. Ada Whitcombe (R-Iowa) on Wednesday downplayed the ruling and said it was the same thing as calling a judge “a wise woman.”', 'Ada Whitcombe'],
    ['a possessive name, describing words, then a noun for words', 'For example, Mayor Ruth Adler’s recent evidence-free assertion that “hundreds” of voters were turned away drew complaints.', 'Ruth Adler'],
    ['a surname that is also an honorific', 'Editor Martin Baron spoke on Monday. “We will cover him,” Baron said.', 'Martin Baron'],
    ['a day between the subject and a reporting verb in mid-sentence', 'Much of the anger fell on the adviser, whom Gretchen Hale on Wednesday called “a menace to the party.”', 'Gretchen Hale'],
    ['the subject of a clause before the quote, not the opening one', 'In New York, the marchers were loudest outside the old inn, which the mayor on Friday declared “a monument to the movement.”', 'the mayor'],
    ['a possessive claim after a preposition is its owner’s', 'Gov. Tom Reyes on Thursday blamed reporters for making a story out of Mayor Ann Cole’s claim that the state “cooked the books,” saying they missed the point.', 'Ann Cole'],
    ['an adverb between the name and its "-ing" verb', 'At the rally, some supporters shoved a heckler, with Mayor Dale Pruitt reportedly yelling: “Get him out of here!”', 'Dale Pruitt'],
    ['a group that reports, without a determiner', 'Legal observers note the city would not truly “close” the shelter.', 'Legal observers'],
    ['a subject does not end in "and"', 'Mayor Dana Price, who has met donors for months, arrived at a breakfast with reporters with no clear explanation and acknowledged that she had only "skimmed the report."', 'Dana Price'],
    ['"his" description then the name in apposition, after the verb', '"It may have been his first stand," said his closest friend at college, Owen Marsh, who knew him well.', 'Owen Marsh'],
    ['a party tag, a comma, then the verb; "after" opening a phrase, not a clause', 'Sen. Lena Ortiz (D-N.M.), said after a lunch on Tuesday that she had not read the plan, but called it a “starting point for our talks.”', 'Lena Ortiz'],
    ['a capitalised word in a paper’s name is not its verb', 'The Denver Post found that the plan would “mostly help the rich.”', 'the Denver Post'],
    ['a long opening participle phrase', 'Announcing that she alone has the experience to fix the broken budget, the treasurer offered herself as a “steady hand.”', 'the treasurer'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
});

describe('the opening noun phrase does not take words that are someone else’s', () => {
  it.each([
    ['another person’s suggestion before the quote', 'Martha Greene, then a newcomer, won the seat partly because of Mr. Hale’s clumsy suggestion that she was “too young to serve.”'],
    ['a clause with its own subject before the quote', 'In New York, the marchers were loudest outside the old inn, which the city later named “a monument to the movement.”'],
    ['"after" opening a clause with its own subject and verb', 'In the town of Wismar, for instance, a judge in October fined a local man after the man had posted that migrants should be “sent back at once.”'],
    ['a participle that describes the noun is not its verb', 'In addition, a campaign email sent out by the senator on Tuesday warned of “a long fight ahead.”'],
    ['"According to" is a cue, not an opening phrase', 'According to some, the candidate had “excellent” results.'],
    ['a helper after an apposition with a name as its object', 'Another back-and-forth, this time between Clinton and her aide, has Clinton asking who deserves credit for the word “pivot.”'],
  ])('%s', (_name, text) => {
    // No one the rules can name here: "speaker not named", never the opening phrase.
    expect(lastSpeakerOf(text)).toBeNull();
  });
});
