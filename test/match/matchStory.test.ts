import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCorpus } from '../../scripts/readCorpus';
import { buildIndex, type CorpusSource } from '../../utils/corpus/buildIndex';
import { matchStory, scoreStory, type StoryWork } from '../../utils/match/matchStory';
import { MAX_CANDIDATES } from '../../utils/match/storyThresholds';
import type { StoryRelation } from '../../utils/types';

const sources = readCorpus();
const noQuotes = (): [] => [];
const index = buildIndex(sources, noQuotes);
const textOf = (docId: string): string => sources.find((s) => s.meta.docId === docId)!.text;

// The relation of every pair of corpus articles, by reading them (corpus/README.md agrees):
// 000 and 002 are the same Sky News report (copy of each other); 001, 003 and 004 rewrite the story.
const PAIRS: Array<[string, string, StoryRelation]> = [
  ['000', '002', 'copy'],
  ['000', '001', 'rewrite'],
  ['000', '003', 'rewrite'],
  ['000', '004', 'rewrite'],
  ['002', '001', 'rewrite'],
  ['002', '003', 'rewrite'],
  ['002', '004', 'rewrite'],
  ['001', '003', 'rewrite'],
  ['001', '004', 'rewrite'],
  ['003', '004', 'rewrite'],
];

describe('matchStory on the corpus', () => {
  it.each(['000', '001', '002', '003', '004'])('page = corpus %s: that article is `same`, similarity 1, listed first', (id) => {
    const story = matchStory(textOf(id), [], index);
    expect(story[0]).toMatchObject({ docId: id, relation: 'same', similarity: 1 });
    expect(story.filter((s) => s.relation === 'same')).toHaveLength(1);
  });

  it.each(PAIRS.flatMap(([a, b, r]) => [[a, b, r] as const, [b, a, r] as const]))('page = %s: %s is `%s`', (page, other, relation) => {
    const match = matchStory(textOf(page), [], index).find((s) => s.docId === other);
    expect(match?.relation).toBe(relation);
    expect(match!.similarity).toBeGreaterThanOrEqual(0);
    expect(match!.similarity).toBeLessThanOrEqual(1);
  });

  it('measures the copy by containment: 002 is wholly inside 000, 000 has a third more (its furniture)', () => {
    const [to002] = scoreStory(textOf('000'), [], index).filter((s) => index.docs[s.docIndex]!.docId === '002');
    expect(to002!.docInPage).toBe(1);
    expect(to002!.pageInDoc).toBeGreaterThan(0.6);
    expect(to002!.pageInDoc).toBeLessThan(0.8);
  });

  it('takes quoted text out: rewrites that share Starmer’s words share almost none of their own', () => {
    for (const [a, b, r] of PAIRS) {
      if (r !== 'rewrite') continue;
      const s = scoreStory(textOf(a), [], index).find((x) => index.docs[x.docIndex]!.docId === b)!;
      expect(Math.max(s.pageInDoc, s.docInPage), `${a}/${b}`).toBeLessThan(0.05);
      expect(s.sharedQuoteShingles, `${a}/${b}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives each match the corpus article’s outlet label, title and credits', () => {
    const story = matchStory(textOf('003'), [], index);
    expect(story.find((s) => s.docId === '001')).toMatchObject({ outlet: 'Tribune Online', credits: ['BBC'] });
    expect(story.find((s) => s.docId === '004')).toMatchObject({ outlet: 'Unnamed outlet (credits BBC, Express)', credits: ['BBC', 'Express'] });
    expect(story.find((s) => s.docId === '000')).toMatchObject({ outlet: 'Unnamed outlet (republishes Sky News)', title: expect.stringContaining('backstop') });
  });

  it('calls an excerpt of an article (its first 40%) a copy, not the article itself', () => {
    const lines = textOf('002').split('\n');
    const excerpt = lines.slice(0, Math.round(lines.length * 0.4)).join('\n');
    const story = matchStory(excerpt, [], index);
    expect(story.find((s) => s.docId === '002')?.relation).toBe('copy');
    expect(story.find((s) => s.docId === '000')?.relation).toBe('copy');
    expect(story.some((s) => s.relation === 'same')).toBe(false);
  });

  it('chooses between the report and its republication by the page’s publisher', () => {
    const text = textOf('002');
    expect(matchStory(text, [], index, { siteName: 'Sky News' })[0]).toMatchObject({ docId: '002', relation: 'same' });
    // On another site with no credit to Sky, the page is a republication of the report, like 000.
    const elsewhere = matchStory(text, [], index, { siteName: 'Daily Headline Hub', byline: 'admin' });
    expect(elsewhere.slice(0, 2).map((s) => `${s.docId}:${s.relation}`)).toEqual(['000:same', '002:copy']);
  });

  it.each([
    ['an empty page', ''],
    ['a few words', 'Click here to subscribe.'],
    [
      'an unrelated article',
      'Yellow weather warnings for rain have been issued for large parts of Wales and north-west England, with up to 80mm expected on high ground by Thursday morning. Forecasters said the rain would arrive on Wednesday afternoon and could cause flooding on roads and disruption to rail services.',
    ],
  ])('matches nothing for %s', (_what, text) => {
    expect(matchStory(text, [], index)).toEqual([]);
  });

  it('a different Ukraine story that shares only the usual names matches nothing', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday to discuss a possible prisoner exchange with Russia. Turkey has offered to host talks between Kyiv and Moscow. Russian forces continued to advance in the Donetsk region, the Ukrainian military said.';
    expect(matchStory(text, [], index)).toEqual([]);
  });
});

describe('matchStory scales through its postings', () => {
  // 2,000 synthetic articles on other subjects in ordinary news vocabulary: they share common words
  // with the summit coverage, so the postings and the banality filter must keep the candidates few.
  const WORDS =
    'government minister said week year people police council plans new report city school health prices energy bills football club match season court trial company shares market weather rain flood train station hospital patients election party leader vote tax budget children families housing'.split(
      ' ',
    );
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const synthetic: CorpusSource[] = Array.from({ length: 2000 }, (_, i) => ({
    meta: { docId: String(i + 100).padStart(4, '0'), outlet: null, title: `Synthetic ${i}`, titleDerived: true, credits: [], note: '' },
    text: Array.from({ length: 120 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' '),
  }));
  const big = buildIndex([...sources, ...synthetic], noQuotes);

  it('still finds the right articles, scoring few candidates', () => {
    const work: StoryWork = { postingsRead: 0, candidates: 0 };
    const story = matchStory(textOf('001'), [], big, {}, work);
    expect(story.map((s) => s.docId).sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(story[0]).toMatchObject({ docId: '001', relation: 'same' });
    expect(work.candidates).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(work.candidates).toBeLessThan(big.docs.length / 20);
  });

  it('leaves banal words (in most articles) out of the postings', () => {
    expect(Object.hasOwn(big.termPostings, 'government')).toBe(false);
    expect(Object.hasOwn(big.termPostings, 'starmer')).toBe(true);
  });
});

describe('matchStory on any text', () => {
  it('never throws, and similarity stays in [0, 1]', () => {
    const pieces = fc.constantFrom(...textOf('004').split(/(?<=[.”])\s+/).slice(0, 30), 'Zelensky', '“', '”', '\n\n', 'constructor', '__proto__');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        for (const s of matchStory(parts.join(' '), [], index)) {
          expect(s.similarity).toBeGreaterThanOrEqual(0);
          expect(s.similarity).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });
});
