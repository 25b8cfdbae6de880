// The name a reader sees next to a quote is the person's name, not the words that stood before it
// in the sentence (issue 16, point 2). Found on real pages (the scrapinghub suite's first half and
// Readability's pages): job titles glued to the name ("CEO Tim Cook", "NASA Administrator Jim
// Bridenstine") and a question or adverb opening the sentence ("Would Adam Schiff…?", "Maybe
// Trump…"). Each passage is written for this test.
import { describe } from 'vitest';
import { expectSpeakers } from './speakersOf';

describe('a job title before the name is not part of it', () => {
  expectSpeakers([
    ['an acronym title', '“We shipped more than ever,” CEO Tim Brook said on Tuesday.', ['Tim Brook']],
    ['a company and its title', '“We shipped more than ever,” company CEO Tim Brook said on Tuesday.', ['Tim Brook']],
    ['an agency and its title', '“Companies of all sizes are joining,” NASA Administrator Jim Brand said in a statement.', ['Jim Brand']],
    ['a country and an office', '“Nothing was hidden,” U.S. Attorney Jane Kerr said.', ['Jane Kerr']],
    ['a title alone', '“We will appeal,” Superintendent Jane Kerr said.', ['Jane Kerr']],
    ['a profession opening the sentence', 'Comedian Rita Lane joked that the show was “a little too long.”', ['Rita Lane']],
    ['a profession before "said"', 'Actress Mara Lind said the role was “a gift.”', ['Mara Lind']],
    ['two professions joined by a hyphen', '“We are excited about the tour,” Singer-songwriter Tom Hale said.', ['Tom Hale']],
    ['a surname that is also a title', '“The book sold out,” Mark Singer said. “Then it sold out again,” Singer added.', ['Mark Singer', 'Mark Singer']],
  ]);
});

describe('a word that opens the sentence is not part of the name', () => {
  expectSpeakers([
    ['a question', 'Would Dana Holt have closed the bridge? “The bridge stays shut,” Holt said.', ['Dana Holt']],
    ['"Maybe"', 'Maybe Holt has a point. “The bridge stays shut,” Holt said.', ['Holt']],
    ['"Once"', 'Once Dana Holt took office, things changed. “The bridge stays shut,” Holt said.', ['Dana Holt']],
    ['"Today"', 'Today Dana Holt closed the bridge. “It stays shut,” Holt said.', ['Dana Holt']],
    ['a gerund', 'Hosting Cook at the event, Benioff asked a question. “We love it,” Cook said.', ['Cook']],
    ['but a first name that is also a word stays', '“We will vote no,” Will Hurd said. “It is settled,” Theresa May said.', ['Will Hurd', 'Theresa May']],
  ]);
});
