import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/readCorpus';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { matchQuotes, type QuoteWork } from '../../utils/match/matchQuotes';
import { matchStory } from '../../utils/match/matchStory';
import { MAX_QUOTE_CANDIDATES } from '../../utils/match/quoteThresholds';
import type { QuoteRelation } from '../../utils/types';
import { HAND_QUOTES, handQuoteFinder, handQuotes } from './handQuotes';

const sources = readCorpus();
const index = buildIndex(sources, handQuoteFinder(sources));
const textOf = (docId: string): string => sources.find((s) => s.meta.docId === docId)!.text;

// Every pair of corpus articles and the quotes they share, written by reading the texts:
// [article A, its quote, article B, its quote, relation]. 000 and 002 carry identical quotes (exact).
const SHARED: Array<[string, string, string, string, QuoteRelation]> = [
  ['000', 'backstop', '001', 'backstop', 'exact'],
  ['000', 'deter', '001', 'wasOnlyWay', 'partial'], // two cut-downs of Starmer's sentence, overlapping
  ['000', 'guarantee', '001', 'wasOnlyWay', 'partial'],
  ['000', 'nato', '001', 'nato', 'partial'],
  ['000', 'doMore', '001', 'doMore', 'partial'],
  ['000', 'washington', '001', 'keyElements', 'partial'],
  ['000', 'playRole', '003', 'long', 'partial'], // 003 joins it to the next sentence
  ['000', 'backstop', '003', 'long', 'partial'],
  ['000', 'guarantee', '003', 'long', 'partial'],
  ['000', 'deter', '003', 'long', 'partial'],
  ['000', 'existential', '003', 'existential', 'partial'],
  ['000', 'playRole', '004', 'playRole', 'exact'],
  ['000', 'backstop', '004', 'mustBe', 'partial'],
  ['000', 'guarantee', '004', 'mustBe', 'partial'],
  ['000', 'deter', '004', 'mustBe', 'partial'],
  ['000', 'existential', '004', 'existential', 'partial'],
  ['001', 'wasOnlyWay', '003', 'long', 'variant'], // "is" → "was"
  ['001', 'backstop', '003', 'long', 'partial'],
  ['001', 'premature', '003', 'premature', 'partial'],
  ['001', 'wasOnlyWay', '004', 'mustBe', 'variant'],
  ['001', 'backstop', '004', 'mustBe', 'partial'],
  ['001', 'doMore', '004', 'needMore', 'partial'],
  ['003', 'long', '004', 'playRole', 'partial'],
  ['003', 'long', '004', 'mustBe', 'partial'],
  ['003', 'existential', '004', 'existential', 'exact'],
];
for (const [a, qa, b, qb, relation] of [...SHARED]) if (a === '000') SHARED.push(['002', qa, b, qb, relation]);
for (const key of Object.keys(HAND_QUOTES['000']!)) SHARED.push(['000', key, '002', key, 'exact']);

/** Matches found when the page is corpus text `pageId`, as "quote>doc:quote:relation" strings. */
function found(pageId: string): Set<string> {
  const quotes = handQuotes(pageId, textOf(pageId));
  const story = matchStory(textOf(pageId), quotes, index);
  const out = new Set<string>();
  for (const m of matchQuotes(quotes, index, story)) {
    for (const x of m.matches) {
      const key = Object.entries(HAND_QUOTES[x.docId]!).find(([, [t]]) => t === x.text)![0];
      out.add(`${m.quoteId}>${x.docId}:${key}:${x.relation}`);
    }
  }
  return out;
}

describe('matchQuotes on every pair of corpus articles', () => {
  const pages = ['000', '001', '002', '003', '004'];
  it.each(pages)('page = corpus %s: finds every shared quote the texts show, with its relation', (pageId) => {
    const got = found(pageId);
    const expected = SHARED.flatMap(([a, qa, b, qb, r]) => [
      ...(a === pageId ? [`${qa}>${b}:${qb}:${r}`] : []),
      ...(b === pageId ? [`${qb}>${a}:${qa}:${r}`] : []),
    ]);
    for (const e of expected) expect(got, e).toContain(e);
  });

  it.each(pages)('page = corpus %s: never lists its own quotes as another outlet’s', (pageId) => {
    for (const m of found(pageId)) expect(m.split('>')[1]!.startsWith(`${pageId}:`)).toBe(false);
  });

  it.each(pages)('page = corpus %s: every match is a pair from the table (nothing spurious)', (pageId) => {
    const allowed = new Set(
      SHARED.flatMap(([a, qa, b, qb, r]) => [`${a}:${qa}>${b}:${qb}:${r}`, `${b}:${qb}>${a}:${qa}:${r}`]),
    );
    // Fragments that an outlet repeats inside its own longer quote also match (e.g. 000's "US backstop"
    // inside 004's "But there must be a US backstop…" and 004's own "backstop"): allowed when the
    // relation is partial and the same speaker says both, which the table's pairs imply.
    for (const m of found(pageId)) {
      const [q, rest] = m.split('>') as [string, string];
      const [doc, key, relation] = rest.split(':') as [string, string, string];
      const [textA, speakerA] = HAND_QUOTES[pageId]![q]!;
      const [textB, speakerB] = HAND_QUOTES[doc]![key]!;
      if (allowed.has(`${pageId}:${q}>${doc}:${key}:${relation}`)) continue;
      expect(speakerA, m).toBe(speakerB);
      expect(relation, m).toBe('partial');
      expect(textA.toLowerCase().includes(textB.toLowerCase().replace(/[.,]$/, '')) || textB.toLowerCase().includes(textA.toLowerCase().replace(/[.,]$/, '')), m).toBe(true);
    }
  });

  it('shows word by word what another outlet changed ("was" on the page, "is" in 004)', () => {
    const page = handQuotes('001', textOf('001')).find((q) => q.id === 'wasOnlyWay')!;
    const matches = matchQuotes([page], index, [])[0]!.matches;
    const in004 = matches.find((m) => m.docId === '004')!;
    expect(in004.relation).toBe('variant');
    expect(in004.diff.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['was']);
    expect(in004.diff.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual([
      'But there must be a US backstop because',
      'is',
      'from attacking Ukraine again.',
    ]);
    expect(in004.outlet).toBe('Unnamed outlet (credits BBC, Express)');
  });

  it('lists each outlet’s fullest wording once, fullest first, without its scraps of it', () => {
    const page = { id: 'q1', text: 'There must be a US backstop', speaker: 'Keir Starmer', start: 0, end: 27, fragment: false };
    const matches = matchQuotes([page], index, [])[0]!.matches;
    // 004 has the whole remark ("But there must be a US backstop because…") and a scrap ("backstop"): only the remark.
    expect(matches.filter((m) => m.docId === '004').map((m) => m.text)).toEqual([HAND_QUOTES['004']!.mustBe![0]]);
    // 000 says "US backstop" twice: listed once.
    expect(matches.filter((m) => m.docId === '000').map((m) => m.text)).toEqual(['US backstop']);
    // Outlets that carry the whole remark come before those with two words of it.
    expect(matches.slice(0, 2).map((m) => m.docId).sort()).toEqual(['003', '004']);
    expect(matches.every((m) => m.relation === 'partial')).toBe(true);
  });

  it('keeps the Macron/Starmer “in the coming days” trap apart', () => {
    // Macron's words appear only in 001; the page here is 004 quoting him, so 001 is another outlet.
    const macron = handQuotes('001', textOf('001')).find((q) => q.id === 'continue')!;
    const matches = matchQuotes([macron], index, matchStory(textOf('004'), [], index))[0]!.matches;
    expect(matches.map((m) => `${m.docId} ${m.speaker}`)).toEqual(['001 Emmanuel Macron']);
  });

  it('reads candidates from the quote-word postings: work stays bounded', () => {
    const quotes = handQuotes('000', textOf('000'));
    const work: QuoteWork = { aligned: 0 };
    matchQuotes(quotes, index, [], work);
    const corpusQuotes = index.docs.reduce((n, d) => n + d.quotes.length, 0);
    expect(work.aligned).toBeLessThan(quotes.length * corpusQuotes); // fewer than all pairs
    expect(work.aligned).toBeLessThanOrEqual(quotes.length * MAX_QUOTE_CANDIDATES);
  });
});
