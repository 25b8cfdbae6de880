// A sentence whose subject is a description, a group or a long name phrase, and whose verb (any
// verb) credits it with the quote after it: the seventh round's noun-phrase rules (issue 16,
// PolNeAR train "none: description / apposition"). Each passage is written for this test.
import { describe, expect, it } from 'vitest';
import { lastSpeakerOf, speakersOf } from './speakersOf';

describe('a described subject credited with the quote after its verb', () => {
  it.each([
    ['a description with "by" and its maker', 'A new study by the research firm Halden Analytics found that drivers were “far more cautious than expected.”', 'a new study by the research firm Halden Analytics'],
    ['a description, then an apposition', 'One Parents for Progress ad, which began running on Monday, warns that “nobody in this state can afford four more years of this.”', 'one Parents for Progress ad'],
    ['a longer complement, then an apposition', 'A report by the consulting firm Baxter Lane Economics, written for the hotel lobby, predicted that bookings would “fall off a cliff.”', 'a report by the consulting firm Baxter Lane Economics'],
    ['a group with "several"', 'Several local pastors warned that the cuts were “a disaster in slow motion.”', 'several local pastors'],
    ['a group, then a modal verb', 'Some residents may have hoped for a “quick fix” from the council.', 'some residents'],
    ['a description before one name', 'Band member Rocco shared the news on social media last week, writing “We are thrilled to play for the cause.”', 'Rocco'],
    ['an age before the name and a long apposition', '54-year-old Dana Whitlock, founder of the Harbor Trust, board member since the 1990s and long time county treasurer from Maine, endorsed Reyes on Monday, saying she “has always put the county first.”', 'Dana Whitlock'],
    ['an opening phrase with a comma of its own', 'In turning down a similar complaint about the ballot for the spring primary, which is set for next month, the board ruled that a court must decide — “so that every voter knows where things stand.”', 'the board'],
    ['"his" and an owned source', 'His office put out a statement on Monday saying the county “cannot house every family that asks.”', 'his office'],
    ['"her" and a campaign, then an adverb', 'Her campaign quickly sent an email to donors stating, “We are not going anywhere.”', 'her campaign'],
    ['an organisation\'s one-word name before a reporting verb', 'In 2019, Gallup found that “most renters expect to stay renters.”', 'Gallup'],
    ['a group with no determiner', 'Hotel lobbyists describe the new tax as “a slow-motion disaster” for the coast.', 'Hotel lobbyists'],
    ['a named leader and others', 'Moreno and other regional leaders dismissed the plan as “a fantasy.”', 'Moreno and other regional leaders'],
    ['a named owner’s group before a colon', 'Ortiz’s first three callers ranged from curious to angry: “Why did you wait so long?”', 'Ortiz’s first three callers'],
    ['a name with an apposition between dashes', 'Dana Ruiz — a nurse from Fall River — says the new rules were “a big relief.”', 'Dana Ruiz'],
    ['a description, then a full name between double hyphens', 'A former state party chairman -- Tom Reyes, who lost the 2010 race -- said the plan "offers nothing new."', 'Tom Reyes'],
    ['a description, then a full name between commas', 'The city’s new fire chief, Maria Ostrow, pushed back on Monday, calling the report “badly out of date.”', 'Maria Ostrow'],
    ['a noun that is also a reporting verb', 'A former state party treasurer wrote that the audit was “a whitewash.”', 'a former state party treasurer'],
    ['a named owner’s campaign, then an aside between commas', 'Ohio Rep. Dana Moreno’s campaign, for its part, said she would “back whoever wins” in July.', 'Ohio Rep. Dana Moreno’s campaign'],
    ['a long description that ends in a full name', 'The Boston sports radio host Jamie Tull went so far as to say: “This team is finished.”', 'Jamie Tull'],
    ['a long description of a document', 'A 2019 State Senate Finance Committee report found “no sign of fraud at all.”', 'a 2019 State Senate Finance Committee report'],
    ['a name as the object of a preposition', 'A memo from the left-leaning Carter Institute Foundation puts the cost at “a lost decade.”', 'a memo from the left-leaning Carter Institute Foundation'],
    ['an opening "as" clause', 'As the mayor spoke, the union was already telling members to reject “any deal at all.”', 'the union'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  it.each([
    ['a group word before a verb, not a noun', 'Several fear the plan is “a done deal.”'],
    ['"many" before a verb and a name', 'Many fear Ortiz will scrap the mayor’s “green deal.”'],
    ['a group with no plural noun before its verb', 'Several of them called it “a joke.”'],
    ['a place before a reporting verb', 'In its reply, Russia found that the border was “closed for good.”'],
    ['a group past a "with … -ing" phrase', 'Lane and her backers tied Ortiz to the mayor, with one of their ads asking, “Who does he work for?”'],
    ['a capitalised run that is no group', 'Only European buyers found the offer “tempting.”'],
    ['a clause in the subject', 'The first sight the crowd gets of Mayor Ortiz is his face on a banner, calling them “freeloaders.”'],
    ['"his" and something that does not speak', 'His car quickly became “the talk of the town.”'],
  ])('not for %s', (_name, text) => {
    expect(lastSpeakerOf(text)).toBeNull();
  });
});

describe('"his", "her" or "their" with a noun for staff, family or a document, as the source', () => {
  it.each([
    ['after a quote, before its verb', 'Ruiz had “always wanted to fly since he was six,” his oldest friend told a local paper.', 'his oldest friend'],
    ['after "according to"', 'According to her personal physician, the senator is in “outstanding” health.', 'her personal physician'],
    ['an account', 'The next morning, “Vote early, vote often,” her campaign account posted.', 'her campaign account'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeakerOf(text)).toBe(expected);
  });

  it.each([
    ['a noun that names no one', 'Voters just pick “R” or “D,” according to their gut feeling.'],
  ])('not for %s', (_name, text) => {
    expect(lastSpeakerOf(text)).toBeNull();
  });
});

describe('a name with an article and an adjective before it, after a quote', () => {
  it.each([
    ['any verb in the past', '“This city will always be this city,” an angry Ortiz shot back. “It never quits.”', ['Ortiz', 'Ortiz']],
    ['a description rather than a name', '“We are done,” an angry crowd roared.', ['an angry crowd']],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
