// Fragments: an outlet lifts a few words out of a longer quote ("not going to leave NATO" out of
// "clear the US is not going to leave NATO"). With each corpus text as the page, every quote the
// quote stage finds that lies inside, or contains, a quote of the same speaker in another corpus
// text must be matched to that outlet. Which pairs those are is worked out here by a plain
// word-containment check of its own, not read from the matcher, nor written out by hand.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/readCorpus';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { matchQuotes } from '../../utils/match/matchQuotes';
import { matchStory } from '../../utils/match/matchStory';
import type { Quote } from '../../utils/types';

const sources = readCorpus();
const index = buildIndex(sources);
const PAGES = index.docs.map((d) => d.docId);

/** Lower-case words, apostrophes dropped ("I’m" → "im"), punctuation gone. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const inside = (a: string[], b: string[]): boolean => ` ${b.join(' ')} `.includes(` ${a.join(' ')} `);
// Words that say nothing about which remark it is: the test's own short list, not the matcher's.
const EMPTY = new Set(
  'a an the in on at to of for and or but we i it is be will do so this that next coming days day week weeks time going to'.split(' '),
);
const saysSomething = (w: string[]): boolean => w.some((x) => x.length > 2 && !EMPTY.has(x));
// Same person: the names share a word that is a name (not "a", "source", "spokesperson").
const NOT_NAMES = new Set(['a', 'an', 'the', 'one', 'sir', 'mr', 'source', 'diplomatic', 'spokesperson', 'official', 'for', 'of']);
const samePerson = (a: string | null, b: string | null): boolean =>
  !!a && !!b && words(a).some((w) => !NOT_NAMES.has(w) && words(b).includes(w));

/** "page quote → docId" pairs the texts show: one quote inside the other, same speaker, not empty words. */
function expectedPairs(pageId: string, pageQuotes: Quote[]): Array<{ quote: Quote; docId: string; text: string; exact: boolean; otherLonger: boolean }> {
  const out = [];
  for (const quote of pageQuotes) {
    const p = words(quote.text);
    for (const doc of index.docs) {
      if (doc.docId === pageId) continue;
      for (const other of doc.quotes) {
        const o = words(other.text);
        const [shorter, longer] = p.length <= o.length ? [p, o] : [o, p];
        if (!samePerson(quote.speaker, other.speaker) || !saysSomething(shorter) || !inside(shorter, longer)) continue;
        out.push({ quote, docId: doc.docId, text: other.text, exact: p.join(' ') === o.join(' '), otherLonger: o.length >= p.length });
      }
    }
  }
  return out;
}

function matchesOn(pageId: string, quotes: Quote[]) {
  const text = index.docs.find((d) => d.docId === pageId)!.text;
  return matchQuotes(quotes, index, matchStory(text, quotes, index));
}

// How an outlet may name a speaker the corpus names in full: given name ("Sir Keir" → "Keir"),
// surname, or the full name.
const SPEAKER_FORMS: Array<[string, (name: string) => string]> = [
  ['as the quote stage names them', (n) => n],
  ['by given name only ("Sir Keir")', (n) => n.split(' ')[0]!],
  ['by surname only ("Scholz")', (n) => n.split(' ').at(-1)!],
];

describe('fragments across the five corpus texts', () => {
  it('the check below has pairs to look at (the corpus does lift fragments)', () => {
    const pairs = PAGES.flatMap((id) => expectedPairs(id, index.docs.find((d) => d.docId === id)!.quotes));
    expect(pairs.filter((p) => !p.exact).length).toBeGreaterThan(20);
    expect(pairs.some((p) => p.quote.text === 'not going to leave NATO')).toBe(true);
  });

  describe.each(SPEAKER_FORMS)('page speakers named %s', (_form, rename) => {
    it.each(PAGES)('page = corpus %s: every quote inside (or around) another outlet’s quote of the same speaker is matched to that outlet', (pageId) => {
      const quotes = index.docs.find((d) => d.docId === pageId)!.quotes.map((q) => ({ ...q, speaker: q.speaker && /^[A-Z]/.test(q.speaker) ? rename(q.speaker) : q.speaker }));
      const found = matchesOn(pageId, quotes);
      for (const pair of expectedPairs(pageId, index.docs.find((d) => d.docId === pageId)!.quotes)) {
        const matches = found.find((m) => m.quoteId === pair.quote.id)?.matches ?? [];
        const label = `${pageId} “${pair.quote.text}” → ${pair.docId} “${pair.text}”`;
        const inDoc = matches.filter((m) => m.docId === pair.docId);
        // The outlet is always listed; when it carries the longer wording, that very quote is.
        expect(inDoc.length, label).toBeGreaterThan(0);
        if (pair.otherLonger) expect(inDoc.map((m) => m.text), label).toContain(pair.text);
        const match = inDoc.find((m) => m.text === pair.text);
        if (match) {
          expect(match.relation, label).toBe(pair.exact ? 'exact' : 'partial');
          if (!pair.exact) expect(match.diff.some((d) => d.op !== 'same'), label).toBe(true);
        }
      }
    });
  });
});

describe('fragments of a page the corpus does not hold', () => {
  const page = (text: string, speaker: string | null): Quote => ({ id: 'q1', text, speaker, start: 0, end: text.length, fragment: true });
  const outlets = (text: string, speaker: string | null): string[] =>
    (matchQuotes([page(text, speaker)], index, [])[0]?.matches ?? []).map((m) => `${m.docId}:${m.relation}`).sort();

  it.each<[string, string | null, string[], string]>([
    ['not going to leave NATO', 'Keir', ['000:partial', '001:exact', '002:partial'], 'Sky News’s longer quote, speaker named by given name'],
    ['key elements', 'Keir Starmer', ['000:partial', '001:exact', '002:partial'], 'two words inside Sky News’s sentence'],
    ['key elements', 'Starmer', ['000:partial', '001:exact', '002:partial'], 'surname only'],
    ['completely premature', 'Olaf Scholz', ['001:exact', '003:partial'], 'a wire report’s Scholz'],
    ['completely premature', 'Mr Scholz', ['001:exact', '003:partial'], 'with a title'],
    ['clinging hopelessly to the comforts of the past', 'Keir Starmer', ['000:variant', '002:variant'], 'one word changed in a cut-down'],
    ['effectively deter Russia', null, ['000:partial', '001:partial', '002:partial', '003:partial', '004:partial'], 'speaker unknown, but three distinctive words word for word'],
    ['further aggression in the future', null, ['000:exact', '002:exact'], 'speaker unknown, five words'],
  ])('“%s” (%s) → %j: %s', (text, speaker, expected) => {
    expect(outlets(text, speaker)).toEqual(expected);
  });

  it.each<[string, string | null, string]>([
    ['in the coming days', 'Emmanuel Macron', 'a banal phrase by another speaker'],
    ['in the coming days', 'Keir Starmer', 'a banal phrase even by a speaker who said it'],
    ['in the coming days', null, 'a banal phrase by nobody known'],
    ['next week', 'Keir Starmer', 'common words'],
    ['key elements', 'Emmanuel Macron', 'two words by another speaker'],
    ['key elements', null, 'two words, speaker unknown'],
    ['US security guarantee', null, 'two distinctive words ("US" is a function word), speaker unknown'],
    ['key elements', 'a diplomatic source', 'a description is no speaker to agree with'],
    ['completely premature', 'Donald Tusk', 'another speaker’s fragment'],
    ['lasting peace', 'Donald Trump', 'another speaker’s two words'],
  ])('“%s” (%s) is matched to no outlet: %s', (text, speaker) => {
    expect(outlets(text, speaker)).toEqual([]);
  });
});
