// Finds whom an article credits for its reporting: "(BBC)", "according to BBC", "according to
// the Express", "Tribune online reports", "told Reuters". Only named outlets from a list
// count, so "according to US officials" or "told President Trump" are not credits; and only
// phrases that attribute the reporting: a photo credit ("Pic: Number 10/Flickr") credits a
// picture, and a named correspondent ("Asked by Sky News’s Europe correspondent, Adam
// Parsons") is a person asking a question, not an attribution to the outlet.

/** Canonical outlet name → how texts write it (regular-expression source, case-sensitive). */
const OUTLETS: ReadonlyArray<readonly [string, string]> = [
  ['BBC', 'BBC(?: News)?'],
  ['Reuters', 'Reuters'],
  ['Associated Press', 'Associated Press|AP'],
  ['AFP', 'AFP|Agence France-Presse'],
  ['PA Media', 'PA Media|Press Association|PA'],
  ['Sky News', 'Sky News'],
  ['Express', '(?:Daily )?Express'],
  ['Tribune Online', 'Tribune [Oo]nline'],
  ['The Guardian', 'Guardian'],
  ['The Times', 'Times of London|Times'],
  ['The Telegraph', '(?:Daily )?Telegraph'],
  ['Financial Times', 'Financial Times|FT'],
  ['Daily Mail', 'Daily Mail|Mail'],
  ['The Independent', 'Independent'],
  ['ITV News', 'ITV(?: News)?'],
  ['Channel 4 News', 'Channel 4 News'],
  ['CNN', 'CNN'],
  ['Bloomberg', 'Bloomberg(?: News)?'],
  ['Politico', 'Politico|POLITICO'],
  ['Axios', 'Axios'],
  ['The New York Times', 'New York Times|NYT'],
  ['The Washington Post', 'Washington Post'],
  ['The Wall Street Journal', 'Wall Street Journal|WSJ'],
  ['NBC News', 'NBC(?: News)?'],
  ['CBS News', 'CBS(?: News)?'],
  ['ABC News', 'ABC(?: News)?'],
  ['Fox News', 'Fox News'],
  ['Al Jazeera', 'Al Jazeera'],
  ['Euronews', 'Euronews'],
  ['Deutsche Welle', 'Deutsche Welle|DW'],
  ['Le Monde', 'Le Monde'],
  ['Der Spiegel', 'Der Spiegel|Spiegel'],
];

const NAME = OUTLETS.map(([, source]) => `(?:${source})`).join('|');
const THE = '(?:[Tt]he )?';
const END = '(?![\\p{L}\\p{N}])';
/** The phrases that attribute reporting to an outlet; group 1 is the outlet as written. */
const CREDIT = new RegExp(
  [
    `\\(\\s*(${NAME})\\s*\\)`,
    `\\b[Aa]ccording to ${THE}(${NAME})${END}`,
    `\\b(?:[Tt]old|[Ss]peaking to|[Ii]n an interview with|[Rr]eported by|[Qq]uoted by|[Cc]ited by|[Rr]eports? (?:by|in)) ${THE}(${NAME})${END}`,
    `(?<![\\p{L}’'])(${NAME}) (?:reports|reported|has reported|understands|has learned|has learnt|revealed|first reported)\\b`,
  ].join('|'),
  'gu',
);
/** Picture credits ("Pic: Number 10/Flickr", "Photograph: Reuters") credit an image, not the report. */
const PICTURE_CREDIT = /\b(?:Pic|Picture|Photo|Photograph|Image|Credit|Source: Getty)s?\s*:[^\n]*/g;

// Compiled on first use, once: building a pattern per outlet on every credit found made the first
// call in a page cost milliseconds.
let wholeNames: Array<[string, RegExp]> | null = null;

function canonical(written: string): string | null {
  wholeNames ??= OUTLETS.map(([name, source]) => [name, new RegExp(`^(?:${source})$`, 'u')]);
  for (const [name, pattern] of wholeNames) if (pattern.test(written)) return name;
  return null;
}

/** Outlets the text credits, canonical names, in order of first mention, each once. */
export function findCredits(text: string): string[] {
  const found: string[] = [];
  for (const match of text.replace(PICTURE_CREDIT, ' ').matchAll(CREDIT)) {
    const written = match.slice(1).find((group) => group !== undefined);
    const name = written ? canonical(written) : null;
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}
