// The new-article fixtures (reports on the event that are not in the corpus), each compared with
// all five corpus articles. expected/new-*.json was written by reading each page against the
// corpus texts; each expected difference must be found with the values each outlet gives, and
// nothing else.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article/extractArticle';
import { findDifferences } from '../../utils/details/findDifferences';
import { DOC_IDS, corpusDoc, corpusIndex, storyMatch } from './corpusOutlets';
import { expectDifference, type ExpectedDifference } from './expectDifference';

interface Expected {
  siteName: string;
  differences: ExpectedDifference[];
}

const FIXTURES = ['new-summit-channel-post', 'new-summit-meridian', 'new-summit-northern-ledger'];

describe.each(FIXTURES)('%s against the whole corpus', (name) => {
  const expected = JSON.parse(readFileSync(fileURLToPath(new URL(`./expected/${name}.json`, import.meta.url)), 'utf8')) as Expected;
  const html = readFileSync(fileURLToPath(new URL(`../fixtures/${name}/page.html`, import.meta.url)), 'utf8');
  const article = extractArticle(new JSDOM(html).window.document);
  const found = article ? findDifferences({ article, quotes: [], credits: [] }, DOC_IDS.map((id) => storyMatch(id, 'related')), [], corpusIndex) : [];

  it('reads the page as an article of the outlet it names', () => {
    expect(article?.siteName).toBe(expected.siteName);
  });

  it('reports exactly the expected differences, and nothing else', () => {
    expect(found.map((d) => d.id).sort()).toEqual(expected.differences.map((d) => d.id).sort());
  });

  it.each(expected.differences)('$id: the values each outlet gives', (want) => {
    const got = expectDifference(found, want);
    if (!got) return;
    expect(got.values[0]).toMatchObject({ docId: 'page', outlet: expected.siteName });
    if (want.in) {
      expect(got.topic.startsWith(`Only in ${corpusDoc(want.in).outletLabel}: `)).toBe(true);
      expect(got.values.filter((v) => v.value !== 'Not mentioned').map((v) => v.docId)).toEqual([want.in]);
    }
  });
});
