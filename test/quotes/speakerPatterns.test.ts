// Speaker patterns of US political reporting (issue 16), each in a passage written for this test.
// Measured on PolNeAR with `npm run eval:quotes`; each table row keeps one pattern fixed.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { lastSpeakerOf, speakersOf } from './speakersOf';
import { isTitle } from '../../utils/quotes/isTitle';


/** One test per row: the last quote of the passage is credited to `expected`. */
function expectLastSpeaker(rows: Array<[name: string, text: string, expected: string | null]>): void {
  it.each(rows)('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });
}

describe('honorifics and US titles with a period', () => {
  expectLastSpeaker([
    ['Mr. after the quote', 'Representative Dana Whitcombe opened the hearing.\n\n"The numbers do not add up," said Mr. Whitcombe, who chairs the panel.', 'Dana Whitcombe'],
    ['Mrs. gives the fullest name', 'Hillary Clinton spoke in Ohio on Tuesday.\n\n"We will not back down," Mrs. Clinton said.', 'Hillary Clinton'],
    ['Sen. and a party tag', '“This bill is dead on arrival,” Sen. Maria Fenwick (D-Ore.) said.', 'Maria Fenwick'],
    ['Rep. and a bare party letter', 'Rep. Carl Oduya (R) said he expects an “ugly fight” over the budget.', 'Carl Oduya'],
    ['the Rev.', '“We pray for every family,” said the Rev. Thomas Ambler.', 'Thomas Ambler'],
    ['middle initial', 'Secretary of State John Q. Haverford said the vote was an “important step forward.”', 'John Q. Haverford'],
    ['two initials', '“It was a sad day,” said Rep. B.J. Tolliver (D-N.C.), who leads the caucus.', 'B.J. Tolliver'],
    ['a role word that is a surname', '"The turnout will decide it," said Charlie King, a party organiser.', 'Charlie King'],
  ]);
});

describe('titles and descriptions in apposition', () => {
  expectLastSpeaker([
    [
      'name, long apposition, said',
      'Lena Morrow, the president of a watchdog group that has sued the department twice over its records, said that "the damage is already done."',
      'Lena Morrow',
    ],
    ['quote, then name, long apposition, said', '"We were rivals, but also friends," Walter B. Keene, the governor’s former chief of staff, said in an interview.', 'Walter B. Keene'],
    ['description then name after the verb', '“They have no plan,” said the campaign’s senior policy aide Jacob Linwood.', 'Jacob Linwood'],
    ['place-word description then name', '“We came for the speech,” explained Ohio-based teacher Marion Deck.', 'Marion Deck'],
    ['party word then name, apposition after', '“I have not decided,” said undecided Republican voter Nora Ellery of Dover, before the rally.', 'Nora Ellery'],
    ['party tag between commas', '"That is not our view," Senate Majority Leader Ray Dunham, R-Ky., said.', 'Ray Dunham'],
    ['long description after the verb', '"There was wrongdoing," said a former senior law enforcement official. "But was it criminal?"', 'a former senior law enforcement official'],
    ['description after the verb, cut at its preposition', '"It is coming," said a strategist for one of the candidates, speaking on the condition of anonymity.', 'a strategist'],
    ['inverted cue after a comma', '“This will be hard” for the governor, said Dunmore. “The map is against her.”', 'Dunmore'],
  ]);
});

describe('organisations, documents and descriptions as sources', () => {
  expectLastSpeaker([
    ['the statement said', '"The candidate pays his own rent," the statement said.', 'the statement'],
    ['the email said', 'The campaign wrote to donors on Friday. "We need your help today," the email said.', 'the email'],
    ['according to a description', 'According to the newspaper, “gun laws let dealers sell to almost any adult.”', 'the newspaper'],
    ['the host said', '“She is exactly right,” the host said.', 'the host'],
    ['not an object after a preposition', 'He spoke in the past described by friends as “a long and hard road.”', null],
    ['not a noun that is also a verb', 'Vermont Sen. Maria Fenwick sent a fundraising call urging “every supporter to give today.”', 'Maria Fenwick'],
  ]);
});

describe('the speaker named before the quote', () => {
  expectLastSpeaker([
    ['cue after a quote that ends its own sentence', 'Donald Trump spoke in Iowa.\n\n"Why is he attacking me?" Trump said.', 'Donald Trump'],
    ['introduced by a colon, quote in the next paragraph', 'Governor Ada Pruitt released a statement:\n\n"Our state will recover from this storm."', 'Ada Pruitt'],
    ['a paragraph that credits someone, then the quote alone', 'Senator Hal Brisk said he would vote against the bill.\n\n"It spends money we do not have."', 'Hal Brisk'],
    ['the subject of the sentence, any verb', 'Nadia Corwen spoke at the rally. Corwen refers to her rival as “the most dangerous man in the race.”', 'Nadia Corwen'],
    ['not the subject of a passive', 'Mayor Ruth Ilves was described as “brave and tireless in every way.”', null],
    ['a possessive is not a subject', 'Mayor Ruth Ilves said, “We will rebuild. “Nothing will stop us.” His remarks underline the belief, according to the Ledger.', 'Ruth Ilves'],
    ['a sentence-opening phrase is not a name', 'Hillary Clinton spoke. At Monday’s debate, Clinton cited his “total disregard for working women” in her answer.', 'Hillary Clinton'],
  ]);

  it('gives a run of quoted paragraphs the speaker of the first', () => {
    const text = 'Governor Ada Pruitt spoke at the fundraiser:\n\n"We built this state together."\n\n"We will rebuild it together."\n\n"And we will not wait for Washington."';
    expect(speakersOf(text)).toEqual(['Ada Pruitt', 'Ada Pruitt', 'Ada Pruitt']);
  });
});

describe('nested clauses, larger subjects, company abbreviations, unread cues', () => {
  expectLastSpeaker([
    ['the outer speaker of a nested report', 'Mayor Ruth Ilves said Dana Whitcombe once called the plan “the best deal in decades.”', 'Ruth Ilves'],
    ['a name then a quote in running text, credited later', 'Ada Pruitt spoke on Monday.\n\nPruitt “drew well among rural voters” in the last race, said Paul Renner, a pollster.', 'Paul Renner'],
    ['a company abbreviation inside an apposition', 'Dana Fox, chief strategist in Denver at Brisk Capital Ltd., said the rally was “built on air.”', 'Dana Fox'],
    ['Inc. ending an apposition after the quote', '“Nobody is selling,” said Dana Fox, an analyst at Brisk Capital Inc.', 'Dana Fox'],
    [
      'a reporting verb after the quote that names nobody we can read stops the carry-over',
      'Local officials said they welcome the attention.\n\n“There is no bad publicity,” Guardian Mayor said.',
      null,
    ],
    ['a group introduces nobody', 'Local officials said they welcome the attention.\n\n“There is no bad publicity here at all.”', null],
    ['a possessive name right before a quote is not a headline cue', 'Ada Pruitt spoke on Monday. The judge was not convinced. Pruitt’s “claim that the land is worthless” was rejected by the court.', null],
    ['a quote standing as the next sentence after a cue sentence', 'Senator Hal Brisk said he would vote against the bill. "It spends money we do not have."', 'Hal Brisk'],
    // The lawyers speak, not Brisk (as PolNeAR's annotators credit "Cruz’s lawyers").
    ['a possessive name qualifies the subject', 'Hal Brisk spoke in Iowa. Brisk’s lawyers filed papers naming him a “lifelong resident” of the state.', 'Brisk’s lawyers'],
    ['a possessive before what was said is the subject', 'Hal Brisk spoke in Iowa. Brisk’s claim that the rival would “say anything to win” drew cheers.', 'Hal Brisk'],
    ['a possessive then a noun that is also a verb is no cue', 'Party Chairman Reince Talbot called Ada Pruitt’s remarks on the budget a “new low” for the state.', 'Reince Talbot'],
    ['a campaign is not its candidate', 'Hal Brisk is running again. The Brisk campaign projects that “a small fee on trades” would raise billions.', 'the Brisk campaign'],
  ]);
});

describe('transcripts, signed quotes and sources the article has not titled', () => {
  it('names each line of a quoted transcript by its label, with the fullest name', () => {
    const text = 'Cable news host Dana Whitfield questioned Gov. Rob Ellison on Sunday.\n\nPartial transcript as follows:\n\n"WHITFIELD: Will she be there?\n\n"ELLISON: She will not be attending the debate tomorrow night.';
    expect(speakersOf(text)).toEqual(['Dana Whitfield', 'Rob Ellison']);
  });

  it('gives a quote signed with a dash to the name after the dash', () => {
    const text = 'Readers wrote in.\n\n“Maybe we can build a fence around him.” ― Sam Okafor.\n\n“He is a bully and nothing more.” ― Lucia Brandt';
    expect(speakersOf(text)).toEqual(['Sam Okafor', 'Lucia Brandt']);
  });

  expectLastSpeaker([
    ['a plain two-word name, then the surname alone', 'The party’s 2012 nominee, Walt Ridley, spoke first. Ridley went after the front-runner, calling his plan “a fantasy that nobody can pay for.”', 'Walt Ridley'],
    ['an organisation opening the sentence', 'The Sierra Club has long described itself as “a voice for every forest in America.”', 'Sierra Club'],
    ['a document opening the sentence', 'The ad says “nothing will change until we elect new people.”', 'the ad'],
    ['a possessive name then a noun', 'Ted Marsh spoke. "He is not telling the truth," Marsh’s campaign said.', 'Marsh’s campaign'],
    // (The group, as the article writes it, is the source, not the word "Corporate" as a name.)
    ['one capitalised word that names nobody', 'Corporate lobbyists describe such work as “a different cup of tea altogether.”', 'Corporate lobbyists'],
  ]);
});

describe('titles of works are not quotes', () => {
  it.each([
    ['The Art of the Deal', true],
    ['Orange Is the New Black,', true],
    ['Make America Great Again.', true],
    ['State of the Union', true],
    ['US backstop', false],
    ['Absolutely not. Absolutely not', false],
    ['What a Super Tuesday For Us!', false],
    ['We are not going anywhere', false],
    ['LOCK HER UP NOW', false],
    ['Crooked Hillary', false],
  ])('%s -> %s', (quoted, expected) => {
    expect(isTitle(quoted)).toBe(expected);
  });

  it.each([
    ['a reporting verb after the quote', '“Nusra Is Al Qaeda,” said Hal Brisk.'],
    ['the name and verb after the quote', '“Nusra Is Al Qaeda,” Hal Brisk said.'],
    ['a colon cue before the quote', 'Hal Brisk said: “Nusra Is Al Qaeda Now.”'],
  ])('keeps title-case words with a speech cue attached as a remark: %s', (_name, text) => {
    expect(speakersOf(text)).toEqual(['Hal Brisk']);
  });

  it('still drops a title named by a verb that is not a cue for it', () => {
    expect(extractQuotes('He wrote a book called “The Art of the Deal” in 1987.')).toEqual([]);
  });

  it('leaves a book title out of the quotes and keeps the remark', () => {
    const quotes = extractQuotes('Chris Dole, who wrote “The Long Road to the White House,” said the race was “far from over.”');
    expect(quotes.map((q) => q.text)).toEqual(['far from over.']);
    expect(quotes[0]?.speaker).toBe('Chris Dole');
  });
});

describe('cues the first rules did not read (third round)', () => {
  expectLastSpeaker([
    ['a name and any verb after a quote that ends with a comma', 'Senator Pat Lindqvist rose to speak.\n\n“We have waited long enough for this bill,” Lindqvist fumed.', 'Pat Lindqvist'],
    ['a question, then the name and a verb with a particle, then the next sentence', '“Is that really your answer?” Dana Whitfield pressed on. “Then say it again.”', 'Dana Whitfield'],
    ['a description and any verb after the quote', '“Get out of our town!” the crowd roared.', 'the crowd'],
    ['a verb then the name after the quote', '“This is the best night of my life,” beamed Nora Ellery, a delegate from Dover.', 'Nora Ellery'],
    ['not a possessive after a verb then a name', '“It is time we had a change,” beamed Ada Pruitt’s host, a local farmer.', null],
    ['not a quote inside a clause', 'Ada Pruitt said she would “protect every family,” the crowd roared loudly.', 'Ada Pruitt'],
    ['a nested quote closing with the outer one', 'Mayor Carla Weed spoke on Tuesday.\n\n“Nobody else called and asked, ‘What do you need?’” Weed said.', 'Carla Weed'],
    ['a name, then the place or body the person is from', '“The numbers do not work,” Owen Talley of the Harbor Policy Institute wrote.', 'Owen Talley'],
    ['a party and state after the name is not the speaker', '“We will see,” Representative Lee Amos, Democrat of Oregon, said.', 'Lee Amos'],
    ['a progressive reporting verb', 'Walt Ridley is telling voters in a packed hall that the race is “far from over.”', 'Walt Ridley'],
    ['went on to say', 'Ada Pruitt thanked the volunteers. Pruitt went on to say, “We could not have done it without you.”', 'Ada Pruitt'],
    ['as X put it', 'As Owen Talley, a former budget director, put it: “The money was never there.”', 'Owen Talley'],
    ['the opening name over its apposition, any verb', 'Lena Morrow, a former aide to the governor, emailed donors on Friday, telling them that the party was “in real trouble.”', 'Lena Morrow'],
    ['not over a sentence break inside the apposition', 'Lena Morrow, a former aide. Then came the vote, a close one, that ended “in real trouble.”', null],
    ['a description opening the sentence, any verb with its object', 'The new radio spot targets a “rigged system that serves only the donors.”', 'the new radio spot'],
    ['a description and a past verb', 'The retired surgeon sought to calm the crowd, saying the protesters would “get their turn.”', 'the retired surgeon'],
    ['not a plural noun read as a verb', 'The cable news networks all stayed with the rally, and its “sheer spectacle” won.', null],
    ['not a verb that says what the subject seems', 'The music seemed to fit the mood as “Stand By Me” played.', null],
    ['not the subject of a clause that ends at its verb', 'Owen Talley spoke first. As Talley spoke, the lobby was already fighting “any and all new rules.”', null],
    ['a state abbreviation inside the apposition', '"We would have waited for years," Mr. Osler, now 80 and retired in Salem, Mass., said by telephone.', 'Osler'],
    ['an exclamation, then a name with a party tag and said', '"Total chaos!" Rep. Gina Perle, R-Pa., said of the first day.', 'Gina Perle'],
    ['a new sentence after a name and apposition is not a cue', 'Gina Perle called the ruling “arbitrary.” Owen Talley, a party operative, warned Saturday that the move could hurt.', 'Gina Perle'],
    ['unnamed prosecutors', '"The harm done is beyond measure," federal prosecutors wrote in their filing.', 'federal prosecutors'],
    ['a hyphenated description', '"I will build the wall first," this Trump look-alike declared on stage.', 'this Trump look-alike'],
    ['a surname that is also a helper verb', '"The war has come to the capital," Will wrote.', 'Will'],
    ['a sentence that opens with the verb, then the name', 'The old house is a museum now. Said Dora Penn, who grew up next door, “We were all so proud of him.”', 'Dora Penn'],
    ['the verb first, a colon, the quote in the next paragraph, the fullest name', 'Roger Flint spoke on Monday. Stated Flint:\n\n“The stakes could not be higher.”', 'Roger Flint'],
    ['a description before the opening name', 'Democratic presidential candidate Nora Ellery is releasing an ad that urges voters to “send a message to the banks.”', 'Nora Ellery'],
    ['the opening name, then where the person is from', 'Chancellor Greta Lindholm of Norway condemned “such a cowardly attack” on Monday.', 'Greta Lindholm'],
    ['an adverb or a day before the verb', 'Walt Ridley, who has feuded with party leaders all week, on Friday described his plan for a “big tent” party.', 'Walt Ridley'],
    ['not a name joined to another by "and"', 'Aides to Senator Hal Brisk and his allies are pressing for a ban on “fracking.”', null],
    ['a surname that opens with a particle', 'Mayor Carl de Vries spoke on Monday. The plan led to nothing, de Vries said, “and I have not heard otherwise.”', 'de Vries'],
    ['a name right before an "-ing" reporting verb', 'Both men issued statements, with Senator Hal Brisk saying he was “very encouraged” by the talks.', 'Hal Brisk'],
    ['not the object of another verb before an "-ing" verb', 'Her oldest friend, Lena Morrow, remembered Walt Ridley saying that it was “his first real stand.”', 'Lena Morrow'],
    ['according to a poll, cut before its participle', 'Most voters prefer “cheaper goods made anywhere,” according to a Harbor Institute poll released Thursday.', 'a Harbor Institute poll'],
    ['a document and its reporting verb after the quote', 'The rules were “especially harsh” on rural towns, the lawsuit alleges.', 'the lawsuit'],
    ['"State" in a department name is not the verb', 'In a note for this story, a State Department official said, "We will not speak to that."', 'a State Department official'],
    ['a surname that is also a role word, alone', '"We will not go back," King said.', 'King'],
    ['a state in brackets after a senator', 'Sen. Lena Morrow (Tex.) has said that she would "fight it in every court."', 'Lena Morrow'],
    ['a description with a number as its head', '"What if he had taken lessons?" the 43-year-old asked in the video.', 'the 43-year-old'],
    ['a description and where it was, after the quote', '"Will he be the next judge?" a party staffer in the room wondered.', 'a party staffer in the room'],
    ['a description, then where it is, then a reporting verb', '"She will stand up to them," a voice-over in the ad states.', 'a voice-over'],
    ['a name, then two places it belongs to, and a clergy title dropped', '"We will stay," Archbishop Aris Talian of the Patriarchate of Jerusalem said.', 'Aris Talian'],
    ['a round-up line: headline, dash, name and colon', 'TURNOUT WAS HIGHER THAN EXPECTED - Lena Morrow: “The youth vote doubled in two counties.”', 'Lena Morrow'],
  ]);
});

describe('groups and shares as the source (fourth round)', () => {
  expectLastSpeaker([
    ['a quantifier that opens the sentence', 'Several said they would prefer money sent to the states as “block grants” instead.', 'several'],
    ['a capitalised quantifier after another sentence', 'Fans waved signs as the results came in. Some chanted “Four more years!”', 'some'],
    ['a share after a semicolon', 'Nine in 10 farmers feared the tariffs; most said they were “very worried.”', 'most'],
    ['a percentage after "which"', 'Voters were asked how likely she was to win, to which 31 percent said “not very likely.”', '31 percent'],
    ['an approximate share', 'About three in 10 said they felt “betrayed” by the party.', 'about three in 10'],
    ['a quantifier inside a reported clause is not the source', 'Mayor Dana Ruiz warned that many said the levy was “a mistake.”', 'Dana Ruiz'],
  ]);
});

describe('a quote paragraph after a paragraph about someone speaking (fourth round)', () => {
  expectLastSpeaker([
    ['the person who spoke in a statement', 'In a statement on the vote, Senator Ruth Okafor defended her record on trade.\n\n“I fought for every factory in this state.”', 'Ruth Okafor'],
    ['the person who added something', '“It can be negotiated,” Trump said.\n\nTrump was quick to add that the fence itself is not up for talks.\n\n“Building it? Never negotiable.”', 'Trump'],
    ['an op-ed by the subject', 'Doug Shaler elaborated in an op-ed that delegates may yet switch sides.\n\n“A win in Ohio would change the whole race.”', 'Doug Shaler'],
    ['not a sentence about something else the person did', 'Senator Ruth Okafor voted for the bill in the end.\n\n“I will look into the transcripts, I do not know what is in them.”', null],
  ]);
});

describe('a role described by where it is held (fourth round)', () => {
  expectLastSpeaker([
    ['the senator from a state, before the verb', 'The senator from Maine called the rules “rigged against families,” to loud applause.', 'the senator from Maine'],
  ]);
});

describe('a quote paragraph after a paragraph that ends with a quoted fragment (fourth round)', () => {
  it('carries the fragment’s speaker over to the quote that stands alone next', () => {
    const found = speakersOf(
      '“We will win,” Senator Jo Park told reporters.\n\nHouse Republican Ada Lindqvist used to support fellow Ohioan Rand Cole, but now said Trump had “the duty to unite us.”\n\n“I think he can do it, and the best unifier we have is the other side.”',
    );
    expect(found[1]).toContain('Ada Lindqvist');
    expect(found[2]).toBe(found[1]);
  });
});
