// The same occasion is reported within days. Names, subject and even a remark can be shared by
// two stories of one beat weeks apart (a campaign's stump line, a later meeting in the same city
// on the same question), so that evidence counts only between texts published close together;
// a copy is a copy whenever it ran. Our own texts and pages.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze } from '../../utils/analyze';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { readCorpus } from '../../scripts/readCorpus';
import { daysApart } from '../../utils/match/daysApart';
import { relationOf, type StoryScores } from '../../utils/match/matchStory';
import { createLibraryIndex, type LibraryIndex } from '../../utils/library/libraryIndex';
import { addToLibraryIndex } from '../../utils/library/addToLibraryIndex';
import { compareWithLibrary } from '../../utils/library/compareWithLibrary';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import type { Analysis } from '../../utils/types';
import { articleFromText } from '../library/articleFromText';
import { shippedIndex } from '../library/libraryPages';

describe('daysApart: calendar days between two publication dates as pages state them', () => {
  test.each([
    ['the same day, one with a time', '2025-02-17', '2025-02-17T19:32:00+01:00', 0],
    ['late one evening and early the next morning', '2025-02-17T23:50:00Z', '2025-02-18T00:10:00Z', 1],
    ['a time without an offset is read as the publisher wrote it', '2025-02-20T08:00:00', '2025-02-17', 3],
    ['across a month end', '2025-01-31', '2025-02-02', 2],
    ['ten months', '2025-02-17', '2026-01-06T21:10:00Z', 323],
    ['one date unknown', null, '2025-02-17', null],
    ['not a date', 'yesterday', '2025-02-17', null],
  ])('%s', (_, a, b, expected) => {
    expect(daysApart(a, b)).toBe(expected);
    expect(daysApart(b, a)).toBe(expected);
  });
});

describe('relationOf: how far apart the two were published', () => {
  const none: StoryScores = {
    docIndex: 0, pageInDoc: 0, docInPage: 0, jaccard: 0, sharedQuoteShingles: 0, sharedTerms: 30, termOverlap: 0.3,
    sharedSubjectTerms: 20, subjectOverlap: 0.3, sharedNames: 4, sharedLeadNames: 2, rarestSharedLeadName: 1,
  };
  const related = none;
  const remarks = { ...none, sharedQuoteShingles: 5 };
  const rewrite = { ...none, pageInDoc: 0.2 };
  const copy = { ...none, pageInDoc: 0.6 };
  test.each([
    ['names and subject, the same day', related, 0, 'related'],
    ['names and subject, the next day', related, 1, 'related'],
    ['names and subject, two days apart: another day’s news of the beat', related, 2, null],
    ['names and subject, dates unknown', related, null, 'related'],
    ['names and subject, dates unknown, where both dates are needed (a kept article)', related, null, null, false],
    ['the same remarks, dates unknown, where both dates are needed for `related`', remarks, null, 'rewrite', false],
    ['the same remarks, three days apart', remarks, 3, 'rewrite'],
    ['the same remarks, four days apart: a line repeated on another occasion', remarks, 4, null],
    ['shared text, three days apart', rewrite, 3, 'rewrite'],
    ['shared text, a month apart: reused background', rewrite, 30, null],
    ['a copy, a year apart: still a copy', copy, 365, 'copy'],
  ])('%s', (_, scores, apart, expected, relatedUndated = true) => {
    expect(relationOf(scores, { apart, relatedUndated })).toBe(expected);
  });
});

describe('the bundled corpus: a later meeting on the same question', () => {
  const html = readFileSync(new URL('../fixtures/unrelated-later-paris-meeting/page.html', import.meta.url), 'utf8');
  const index = buildIndex(readCorpus());

  it('is silent when the page is dated ten months after the summit', () => {
    const result = analyze(new JSDOM(html).window.document, index);
    expect(result.article?.published).toBe('2026-01-06T21:10:00Z');
    expect(result.story).toEqual([]);
    expect(result.differences).toEqual([]);
  });

  it('would pass as the same story on names and subject alone: only the date tells them apart', () => {
    const undated = html.replace(/<meta property="article:published_time"[^>]*>/, '').replace(/ · 6 January 2026/, '');
    const result = analyze(new JSDOM(undated).window.document, index);
    expect(result.article?.published).toBeNull();
    expect(result.story.map((s) => s.relation)).toContain('related');
  });
});

// A candidate repeats one line at every rally; two reports of one rally share it and the day.
const STUMP_LINE = '“We will build the new bridge across the Tessel river, and we will build it with our own hands,”';
const rally = (town: string, day: string, detail: string): string =>
  `Governor Alma Reyes told a crowd of supporters in ${town} on ${day} that her campaign would win the Tessel valley. ${STUMP_LINE} Reyes said, to loud cheers. ${detail}`;
const RALLY_BRENN = rally('Brenn', 'Saturday', 'About two thousand people filled the Brenn market square, and Reyes promised new money for the valley’s schools and clinics.');
const RALLY_BRENN_SECOND = `Alma Reyes drew a large crowd to the market square in Brenn on Saturday, the biggest rally of her campaign so far. ${STUMP_LINE} the governor said. She promised to fund schools and clinics across the Tessel valley if she wins.`;
const RALLY_BRENN_NO_QUOTE = 'Governor Alma Reyes drew her biggest crowd yet to the market square in Brenn on Saturday. Supporters of Reyes packed the Brenn square, and the governor promised money for schools and clinics across the Tessel valley, where her campaign hopes to win every town.';
const RALLY_OSTRO = rally('Ostro', 'Thursday', 'In Ostro, a mining town, she spoke about pensions for miners and a new hospital wing, and took questions from workers.');

describe('a library of one campaign: a stump line repeated for weeks', () => {
  let index: LibraryIndex;
  const brenn = articleFromText(RALLY_BRENN, 'https://valley-herald.example/brenn-rally', undefined, null, '2026-03-07');
  const reading = (text: string, url: string, published: string): Analysis => ({
    ...emptyAnalysis('This is a news article.', url),
    isArticle: true,
    article: { title: text.slice(0, 40), siteName: null, byline: null, published, lang: 'en', text },
    quotes: extractQuotes(text),
  });
  beforeAll(() => {
    index = createLibraryIndex(shippedIndex());
    addToLibraryIndex(index, brenn);
  });

  it('a second report of the same rally, the next day, carries the same remarks: a rewrite', () => {
    const story = compareWithLibrary(reading(RALLY_BRENN_SECOND, 'https://tessel-post.example/reyes-brenn', '2026-03-08'), index).story;
    expect(story.find((s) => s.docId === brenn.id)?.relation).toBe('rewrite');
  });

  it('a report of the same rally without its remarks is related the next day, and not when the page is undated', () => {
    const next = reading(RALLY_BRENN_NO_QUOTE, 'https://tessel-post.example/reyes-crowd', '2026-03-08');
    expect(compareWithLibrary(next, index).story.find((s) => s.docId === brenn.id)?.relation).toBe('related');
    next.article!.published = null;
    expect(compareWithLibrary(next, index).story.map((s) => s.docId)).not.toContain(brenn.id);
  });

  it('a rally three weeks later with the same line is another occasion', () => {
    const story = compareWithLibrary(reading(RALLY_OSTRO, 'https://tessel-post.example/reyes-ostro', '2026-03-26'), index).story;
    expect(story.map((s) => s.docId)).not.toContain(brenn.id);
  });

  it('a kept article with no date of its own was published by the time it was read', () => {
    const undatedKept = articleFromText(RALLY_BRENN, 'https://valley-herald.example/brenn-rally-undated', '2026-03-07T20:00:00.000Z', null, null);
    const alone = createLibraryIndex(shippedIndex());
    addToLibraryIndex(alone, undatedKept);
    const weeksLater = compareWithLibrary(reading(RALLY_OSTRO, 'https://tessel-post.example/reyes-ostro', '2026-03-26'), alone).story;
    expect(weeksLater.map((s) => s.docId)).not.toContain(undatedKept.id);
    const nextDay = compareWithLibrary(reading(RALLY_BRENN_SECOND, 'https://tessel-post.example/reyes-brenn', '2026-03-08'), alone).story;
    expect(nextDay.find((s) => s.docId === undatedKept.id)?.relation).toBe('rewrite');
  });

  it('the same later rally, undated, is taken for the same remarks (what the dates prevent)', () => {
    const undated = reading(RALLY_OSTRO, 'https://tessel-post.example/reyes-ostro', '2026-03-26');
    undated.article!.published = null;
    expect(compareWithLibrary(undated, index).story.map((s) => s.docId)).toContain(brenn.id);
  });
});
