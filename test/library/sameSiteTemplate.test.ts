// Two articles of one site about different events share the site's template (an author's bio
// and a sign-up line that extraction kept): the shared text alone must not make them one story,
// while an article of the same site about the same event (a second piece that day naming the same
// people in its lead) is still found. Our own invented texts, on an invented site.
import { beforeAll, describe, expect, it, test } from 'vitest';
import { createLibraryIndex, type LibraryIndex } from '../../utils/library/libraryIndex';
import { addToLibraryIndex } from '../../utils/library/addToLibraryIndex';
import { compareWithLibrary } from '../../utils/library/compareWithLibrary';
import { sameSite } from '../../utils/library/sameSite';
import { compareWithCorpus } from '../../utils/pipeline/compareWithCorpus';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import type { Analysis } from '../../utils/types';
import { articleFromText } from './articleFromText';
import { shippedIndex } from './libraryPages';

const TEMPLATE =
  'Rosalind Achterberg has covered the lakes district for the Lakeshore Gazette since the spring floods, and before that wrote about farming and weather for three weekly papers across the valley. ' +
  'Get the morning briefing from the Lakeshore Gazette in your inbox every weekday, with local headlines, school closures, road works and the weather for the whole district. ' +
  'Corrections and tips can be sent to the newsroom at any hour, and every letter is read by an editor before the weekend edition goes to print.';

const LIBRARY_OPENS =
  'The new Fenwick Hollow library branch opened on Saturday after two years of building work, county librarian Odile Marchetti told a crowd of families gathered on the green. ' +
  'The branch, paid for by a bond that Fenwick Hollow voters approved in 2024, holds twelve thousand books, a makerspace with two laser cutters and a reading garden facing the millpond. ' +
  'Marchetti said the reading garden had been the most requested feature at public meetings, ahead of longer opening hours and a larger children\'s room. ' +
  'Mayor Caspian Thorne cut the ribbon and said the building would stay open until nine on weeknights. ' +
  '"This is the first public building our village has opened in forty years," Thorne said. ' +
  TEMPLATE;

const LIBRARY_FOLLOW_UP =
  'By the evening of its first day the Fenwick Hollow library branch had signed up more than eight hundred residents for cards, county librarian Odile Marchetti said, and Mayor Caspian Thorne asked the county to fund weekend story hours. ' +
  'The makerspace was booked out for every evening of the coming month, Marchetti said, and the laser cutters will need a second technician before the winter term. ' +
  'The branch was paid for by the bond voters approved in 2024; the reading garden by the millpond will close for planting in March. ' +
  '"We expected a busy day, not a queue at the door before we had unlocked it," Marchetti said. ' +
  TEMPLATE;

const REGATTA =
  'Heavy wind on Sunday forced organisers to cut the annual Quarry Lake regatta to a single race, and harbour master Ines Vaughan-Pryce said the boats stayed on their moorings until noon. ' +
  'Thirty-one crews had entered, a record for the event, which raises money for the volunteer rescue boat. ' +
  'The trophy went to a crew from the rowing club at Dunmore Point, whose captain Aurelio Banks said the final leg was the roughest water he had rowed in a decade. ' +
  'Vaughan-Pryce said the rescue boat fund had still reached its target thanks to entry fees and the bake sale on the quay. ' +
  TEMPLATE;

const page = (text: string, url: string): Analysis => ({
  ...emptyAnalysis('This is a news article.', url),
  isArticle: true,
  article: { title: text.slice(0, 40), siteName: 'Lakeshore Gazette', byline: 'Rosalind Achterberg', published: '2026-11-28', lang: 'en', text },
  quotes: extractQuotes(text),
});

const SITE = 'https://lakeshore-gazette.example';
let regatta: LibraryArticle;
let followUp: LibraryArticle;
let index: LibraryIndex;

beforeAll(() => {
  regatta = articleFromText(REGATTA, `${SITE}/2026/11/29/regatta-cut-short`, undefined, 'Lakeshore Gazette', '2026-11-29');
  followUp = articleFromText(LIBRARY_FOLLOW_UP, `${SITE}/2026/11/28/library-card-queue`, undefined, 'Lakeshore Gazette', '2026-11-28');
  index = createLibraryIndex(shippedIndex());
  addToLibraryIndex(index, regatta);
  addToLibraryIndex(index, followUp);
});

describe('two articles of one site that share only its template', () => {
  it('would be a rewrite by shared text alone (the fixture reproduces the false match)', () => {
    const byText = compareWithCorpus(page(LIBRARY_OPENS, `${SITE}/2026/11/28/library-opens`), index.view);
    expect(byText.story.find((s) => s.docId === regatta.id)?.relation).toBe('rewrite');
  });

  it('are not the same story once the site is known, and the same-event article still is', () => {
    const result = compareWithLibrary(page(LIBRARY_OPENS, `${SITE}/2026/11/28/library-opens`), index);
    expect(result.story.map((s) => s.docId)).toEqual([followUp.id]);
    expect(result.quoteMatches.flatMap((m) => m.matches.map((x) => x.docId))).not.toContain(regatta.id);
    expect(result.differences.flatMap((d) => d.values.map((v) => v.docId))).not.toContain(regatta.id);
  });

  it('on an AMP host of the same outlet too (the outlet name tells the site)', () => {
    const result = compareWithLibrary(page(LIBRARY_OPENS, 'https://amp.lakeshore-gazette.example/2026/11/28/library-opens'), index);
    expect(result.story.map((s) => s.docId)).toEqual([followUp.id]);
  });
});

describe('which page and kept article count as one site', () => {
  const reading = (url: string | null, siteName: string | null): Analysis => ({
    ...emptyAnalysis('This is a news article.', url),
    isArticle: true,
    article: { title: 'T', siteName, byline: null, published: null, lang: 'en', text: 'T' },
  });
  test.each([
    ['the same host', 'https://www.lakeshore-gazette.example/a', null, 'lakeshore-gazette.example', 'lakeshore-gazette.example', true],
    ['another host, no names', 'https://harbour-weekly.example/a', null, 'lakeshore-gazette.example', 'lakeshore-gazette.example', false],
    ['another host, the same outlet name', 'https://amp.gazette-cdn.example/a', 'Lakeshore Gazette', 'lakeshore-gazette.example', 'Lakeshore Gazette', true],
    ['another host and another name', 'https://harbour-weekly.example/a', 'Harbour Weekly', 'lakeshore-gazette.example', 'Lakeshore Gazette', false],
    ['no URL, the placeholder name on both', null, 'Unnamed outlet', null, 'Unnamed outlet', true],
    ['no URL on the page, a known site kept', null, null, 'lakeshore-gazette.example', 'Lakeshore Gazette', false],
  ])('%s', (_, url, siteName, site, outlet, expected) => {
    expect(sameSite(reading(url, siteName), { site, outlet })).toBe(expected);
  });
});
