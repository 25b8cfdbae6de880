// The entities the details stage knows by name: countries, organisations and places (with the
// aliases news text uses for them), and the people of this event with their aliases and the
// spellings of their names in use. A hand-kept table instead of an NER library: the content
// script must stay small (compromise alone is ~148 KB gzipped) and these names are what the
// corpus and new reports on the event use; unknown people are still found by findPeople's
// title and "X said" rules.

/** A country, organisation or place: its display name and every other way text names it. */
export interface PlaceEntry {
  name: string;
  aliases: string[];
  kind: 'country' | 'organisation' | 'place';
}

/** A person of the event: display name, ways text names them, and the spellings of the surname. */
export interface PersonEntry {
  id: string;
  name: string;
  /** Surface forms that name this person unambiguously ("Sir Keir", "Starmer"). */
  aliases: string[];
  /** Spellings of the surname in use; the one a text uses is its "spelling" of the name. */
  spellings: string[];
}

// Country names as news text writes them; "|"-separated to keep the table compact.
const COUNTRIES =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia and Herzegovina|Brazil|Bulgaria|Cambodia|Cameroon|Canada|Chile|China|Colombia|Croatia|Cuba|Cyprus|Denmark|Ecuador|Egypt|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Latvia|Lebanon|Libya|Liechtenstein|Lithuania|Luxembourg|Malaysia|Malta|Mexico|Moldova|Monaco|Montenegro|Morocco|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Saudi Arabia|Serbia|Singapore|Slovakia|Slovenia|South Africa|South Korea|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Thailand|Tunisia|Ukraine|United Arab Emirates|Venezuela|Vietnam|Yemen';

export const PLACES: PlaceEntry[] = [
  ...COUNTRIES.split('|').map((name): PlaceEntry => ({ name, aliases: [], kind: 'country' })),
  { name: 'Netherlands', aliases: ['the Netherlands', 'Holland'], kind: 'country' },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'the UK', 'the United Kingdom'], kind: 'country' },
  { name: 'United States', aliases: ['US', 'U.S.', 'USA', 'the US', 'the United States', 'America'], kind: 'country' },
  { name: 'Czech Republic', aliases: ['Czechia'], kind: 'country' },
  { name: 'Turkey', aliases: ['Türkiye'], kind: 'country' },
  { name: 'European Union', aliases: ['EU', 'the EU', 'the European Union', 'E.U.'], kind: 'organisation' },
  { name: 'NATO', aliases: ['Nato', 'the North Atlantic Treaty Organization'], kind: 'organisation' },
  { name: 'European Council', aliases: ['the European Council'], kind: 'organisation' },
  { name: 'European Commission', aliases: ['the European Commission', 'Brussels'], kind: 'organisation' },
  { name: 'United Nations', aliases: ['UN', 'U.N.', 'the UN', 'the United Nations'], kind: 'organisation' },
  { name: 'Kremlin', aliases: ['the Kremlin'], kind: 'organisation' },
  { name: 'White House', aliases: ['the White House'], kind: 'organisation' },
  { name: 'Élysée Palace', aliases: ['Elysee Palace', 'the Élysée', 'the Elysee'], kind: 'place' },
  { name: 'Paris', aliases: [], kind: 'place' },
  { name: 'Washington', aliases: [], kind: 'place' },
  { name: 'Kyiv', aliases: ['Kiev'], kind: 'place' },
  { name: 'Moscow', aliases: [], kind: 'place' },
  { name: 'Crimea', aliases: [], kind: 'place' },
  { name: 'Riyadh', aliases: [], kind: 'place' },
  { name: 'London', aliases: [], kind: 'place' },
  { name: 'Downing Street', aliases: ['Number 10', 'No 10'], kind: 'place' },
];

export const PEOPLE: PersonEntry[] = [
  { id: 'keir-starmer', name: 'Keir Starmer', aliases: ['Keir Starmer', 'Sir Keir', 'Starmer'], spellings: ['Starmer'] },
  { id: 'olaf-scholz', name: 'Olaf Scholz', aliases: ['Olaf Scholz', 'Scholz'], spellings: ['Scholz'] },
  { id: 'emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Emmanuel Macron', 'Macron'], spellings: ['Macron'] },
  { id: 'donald-trump', name: 'Donald Trump', aliases: ['Donald Trump', 'President Trump', 'Trump'], spellings: ['Trump'] },
  {
    id: 'volodymyr-zelenskyy',
    name: 'Volodymyr Zelenskyy',
    aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Zelenskyy', 'Zelensky', 'Zelenskiy', 'Zelenskii'],
    spellings: ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Zelenskii'],
  },
  { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Vladimir Putin', 'Putin'], spellings: ['Putin'] },
  { id: 'mark-rutte', name: 'Mark Rutte', aliases: ['Mark Rutte', 'Rutte'], spellings: ['Rutte'] },
  { id: 'pete-hegseth', name: 'Pete Hegseth', aliases: ['Pete Hegseth', 'Hegseth'], spellings: ['Hegseth'] },
  { id: 'donald-tusk', name: 'Donald Tusk', aliases: ['Donald Tusk', 'Tusk'], spellings: ['Tusk'] },
  { id: 'jose-manuel-albares', name: 'José Manuel Albares', aliases: ['José Manuel Albares', 'Albares'], spellings: ['Albares'] },
  { id: 'richard-dannatt', name: 'Richard Dannatt', aliases: ['Richard Dannatt', 'Lord Dannatt', 'Dannatt'], spellings: ['Dannatt'] },
  { id: 'marco-rubio', name: 'Marco Rubio', aliases: ['Marco Rubio', 'Rubio'], spellings: ['Rubio'] },
  { id: 'adam-parsons', name: 'Adam Parsons', aliases: ['Adam Parsons'], spellings: ['Parsons'] },
  { id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen', aliases: ['Ursula von der Leyen', 'von der Leyen'], spellings: ['Leyen'] },
  { id: 'antonio-costa', name: 'António Costa', aliases: ['António Costa'], spellings: ['Costa'] },
  { id: 'giorgia-meloni', name: 'Giorgia Meloni', aliases: ['Giorgia Meloni', 'Meloni'], spellings: ['Meloni'] },
  { id: 'pedro-sanchez', name: 'Pedro Sánchez', aliases: ['Pedro Sánchez', 'Sánchez'], spellings: ['Sánchez'] },
  { id: 'dick-schoof', name: 'Dick Schoof', aliases: ['Dick Schoof', 'Schoof'], spellings: ['Schoof'] },
  { id: 'mette-frederiksen', name: 'Mette Frederiksen', aliases: ['Mette Frederiksen', 'Frederiksen'], spellings: ['Frederiksen'] },
  { id: 'keith-kellogg', name: 'Keith Kellogg', aliases: ['Keith Kellogg', 'Kellogg'], spellings: ['Kellogg'] },
  { id: 'sergei-lavrov', name: 'Sergei Lavrov', aliases: ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov'], spellings: ['Lavrov'] },
  { id: 'jd-vance', name: 'JD Vance', aliases: ['JD Vance', 'J.D. Vance', 'Vance'], spellings: ['Vance'] },
  { id: 'david-lammy', name: 'David Lammy', aliases: ['David Lammy', 'Lammy'], spellings: ['Lammy'] },
];
