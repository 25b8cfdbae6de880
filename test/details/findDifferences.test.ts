// How findDifferences composes the detectors: quote wording from the matcher's quote matches,
// which outlets are compared, the order a reader sees, and that the same thing in other words
// is no difference.
import { describe, expect, it } from 'vitest';
import { findDifferences, type PageFacts } from '../../utils/details/findDifferences';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';
import type { Difference, Quote, QuoteMatch, QuoteRelation } from '../../utils/types';
import { corpusDoc, corpusIndex, pageFrom, storyMatch } from './corpusOutlets';
import { wordDiff } from '../../utils/text/wordDiff';

/** A quote of `text` as it stands in corpus article `docId` (offsets found, not typed). */
function quoteIn(docId: string, id: string, text: string, speaker: string | null): Quote {
  const start = corpusDoc(docId).text.indexOf(text);
  if (start < 0) throw new Error(`${docId} does not contain ${text}`);
  return { id, text, speaker, start, end: start + text.length, fragment: text.split(' ').length < 4 };
}

/** The matcher's answer for page quote `quote`: each match with its word diff, as matchQuotes makes it. */
function matchOf(quote: Quote, ...matches: Array<[string, string, QuoteRelation, string | null]>): QuoteMatch {
  return {
    quoteId: quote.id,
    matches: matches.map(([docId, text, relation, speaker]) => {
      if (!corpusDoc(docId).text.includes(text)) throw new Error(`${docId} does not contain ${text}`);
      return { docId, outlet: corpusDoc(docId).outletLabel, text, speaker, relation, diff: wordDiff(quote.text, text) };
    }),
  };
}

const ids = (found: Difference[]): string[] => found.map((d) => d.id);

describe('a quote’s wording by the same speaker', () => {
  const scholz001 = quoteIn('001', 'q4', 'completely premature.', 'Olaf Scholz');
  const guarantee001 = quoteIn('001', 'q2', 'a US security guarantee was the only way to effectively deter Russia', 'Keir Starmer');
  const page: PageFacts = { ...pageFrom('001'), quotes: [guarantee001, scholz001] };
  const story = [storyMatch('003'), storyMatch('004')];

  it('Scholz: “completely premature” here, “premature” in 003', () => {
    const found = findDifferences(page, story, [matchOf(scholz001, ['003', 'premature', 'partial', 'Olaf Scholz'])], corpusIndex);
    expect(found[0]).toEqual({
      id: 'quote:q4',
      topic: "Olaf Scholz's words",
      kind: 'quote',
      values: [
        { docId: 'page', outlet: 'Tribune Online', value: 'completely premature.' },
        { docId: '003', outlet: corpusDoc('003').outletLabel, value: 'premature' },
      ],
    });
  });

  it('Starmer: “was the only way” here, “is the only way”, joined to another sentence, in 004', () => {
    const longer = 'But there must be a US backstop because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.';
    const found = findDifferences(page, story, [matchOf(guarantee001, ['004', longer, 'variant', 'Keir Starmer'])], corpusIndex);
    const quote = found.find((d) => d.id === 'quote:q2');
    expect(quote?.topic).toBe("Keir Starmer's words");
    expect(quote?.values.map((v) => v.value)).toEqual([guarantee001.text, longer]);
  });

  it('a sentence 003 joins to another: the page’s quote and 003’s longer one', () => {
    const own = 'Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement.';
    const joined =
      'Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement, but there must be a US backstop, because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.';
    const q8 = quoteIn('002', 'q8', own, 'Keir Starmer');
    const page002: PageFacts = { ...pageFrom('002'), quotes: [q8] };
    const found = findDifferences(page002, [storyMatch('000', 'copy'), storyMatch('003')], [matchOf(q8, ['000', own, 'exact', 'Keir Starmer'], ['003', joined, 'partial', 'Keir Starmer'])], corpusIndex);
    const quote = found.find((d) => d.id === 'quote:q8');
    expect(quote?.values).toEqual([
      { docId: 'page', outlet: 'Sky News', value: own },
      { docId: '000', outlet: corpusDoc('000').outletLabel, value: own },
      { docId: '003', outlet: corpusDoc('003').outletLabel, value: joined },
    ]);
  });

  it('no difference when every outlet carries the quote word for word', () => {
    const q1 = quoteIn('002', 'q1', 'US backstop', 'Keir Starmer');
    const page002: PageFacts = { ...pageFrom('002'), quotes: [q1] };
    const found = findDifferences(page002, [storyMatch('003')], [matchOf(q1, ['003', 'US backstop', 'exact', 'Keir Starmer'])], corpusIndex);
    expect(ids(found).filter((id) => id.startsWith('quote:'))).toEqual([]);
  });

  it('ignores quote matches from articles that are not compared (the page itself, or not in the story)', () => {
    const found = findDifferences(page, [storyMatch('001', 'same'), storyMatch('004')], [matchOf(scholz001, ['003', 'premature', 'partial', 'Olaf Scholz'])], corpusIndex);
    expect(ids(found).filter((id) => id.startsWith('quote:'))).toEqual([]);
  });

  it('says "A quote\'s wording" when no outlet says who spoke', () => {
    const found = findDifferences(page, story, [matchOf(scholz001, ['003', 'premature', 'partial', null])], { ...corpusIndex });
    const anonymous = findDifferences({ ...page, quotes: [{ ...scholz001, speaker: null }] }, story, [matchOf(scholz001, ['003', 'premature', 'partial', null])], corpusIndex);
    const described = findDifferences({ ...page, quotes: [{ ...scholz001, speaker: 'the German chancellor' }] }, story, [matchOf(scholz001, ['003', 'premature', 'partial', null])], corpusIndex);
    expect(found[0]?.topic).toBe("Olaf Scholz's words");
    expect(anonymous[0]?.topic).toBe("A quote's wording");
    expect(described[0]?.topic).toBe("The German chancellor's words");
  });
});

describe('which outlets are compared, and in what order differences come', () => {
  it('compares nothing when the story has only the page itself, or nothing', () => {
    expect(findDifferences(pageFrom('002'), [storyMatch('002', 'same')], [], corpusIndex)).toEqual([]);
    expect(findDifferences(pageFrom('002'), [], [], corpusIndex)).toEqual([]);
  });

  it('finds nothing between the Sky News report and its aggregator copy', () => {
    expect(findDifferences(pageFrom('002'), [storyMatch('002', 'same'), storyMatch('000', 'copy')], [], corpusIndex)).toEqual([]);
  });

  it('orders quote wording, who attended, credits, numbers, only-here, spellings; one value per outlet, the page first', () => {
    const scholz = quoteIn('001', 'q4', 'completely premature.', 'Olaf Scholz');
    const page: PageFacts = { ...pageFrom('001'), quotes: [scholz] };
    const found = findDifferences(page, [storyMatch('002'), storyMatch('003'), storyMatch('004')], [matchOf(scholz, ['003', 'premature', 'partial', 'Olaf Scholz'])], corpusIndex);
    const order = ['quote', 'list', 'credits', 'number', 'only-here', 'spelling'];
    const kinds = found.map((d) => d.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(new Set(kinds)).toEqual(new Set(order));
    for (const d of found) {
      const docIds = d.values.map((v) => v.docId);
      expect(new Set(docIds).size).toBe(docIds.length);
      if (d.kind !== 'quote' && d.kind !== 'spelling') expect(docIds).toEqual(['page', '002', '003', '004']);
    }
  });

  it('says what only one outlet reports, with the sentence that reports it', () => {
    const found = findDifferences(pageFrom('002'), [storyMatch('004')], [], corpusIndex);
    const trump = found.find((d) => d.id === 'only:us-europe-not-primary');
    expect(trump?.topic).toBe("Only in Sky News: Trump saying Europe's defence is no longer the US's primary concern");
    expect(trump?.values[0]?.value).toMatch(/^US President Donald Trump has said the US no longer sees the defence of Europe as its primary concern/);
    const poland = found.find((d) => d.id === 'only:poland-rules-out-troops');
    expect(poland?.topic).toBe(`Only in ${corpusDoc('004').outletLabel}: Poland ruling out sending troops`);
    expect(poland?.values).toEqual([
      { docId: 'page', outlet: 'Sky News', value: 'Not mentioned' },
      { docId: '004', outlet: corpusDoc('004').outletLabel, value: 'Poland, for example, has ruled out involvement due to its current focus on protecting NATO’s eastern flank.' },
    ]);
  });

  it('names a page without a site name "This page", and what only it reports "Only on this page"', () => {
    const page = pageFrom('001');
    const found = findDifferences({ ...page, article: { ...page.article, siteName: null } }, [storyMatch('002')], [], corpusIndex);
    expect(found[0]?.values[0]).toMatchObject({ docId: 'page', outlet: 'This page' });
    expect(found.find((d) => d.id === 'only:pete-hegseth')?.topic).toBe('Only on this page: Pete Hegseth');
  });
});

/** A one-article index and page, for texts written to test one rule. */
function pair(pageText: string, otherText: string): Difference[] {
  const other = { ...corpusDoc('003'), docId: '900', outlet: 'Other Outlet', outletLabel: 'Other Outlet', credits: [], text: otherText };
  const index: CorpusIndex = { ...corpusIndex, docs: [other] };
  const page: PageFacts = { article: { title: 'T', siteName: 'Page Outlet', byline: null, published: null, lang: 'en', text: pageText }, quotes: [], credits: [] };
  return findDifferences(page, [{ docId: '900', outlet: 'Other Outlet', title: 'T', similarity: 0.4, relation: 'rewrite', credits: [] }], [], index);
}

describe('the same thing in other words is no difference', () => {
  it('EU / European Union, Netherlands / the Netherlands, Élysée / Elysee, José / Jose, Zelenskyy’s / Zelenskyy', () => {
    const a =
      'Sir Keir Starmer joined the leaders of France, Netherlands and the EU at the Élysée Palace. Spanish Foreign Minister José Manuel Albares said little. He spoke to President Zelenskyy’s team.';
    const b =
      'Sir Keir Starmer joined the leaders of France, the Netherlands and the European Union at the Elysee Palace. Spanish Foreign Minister Jose Manuel Albares said little. He spoke to President Zelenskyy.';
    expect(pair(a, b)).toEqual([]);
  });

  it('"thirty thousand troops" and "30,000 troops" are one count; "20,000 troops" is another', () => {
    expect(pair('Britain could send thirty thousand troops.', 'Britain could send 30,000 troops.')).toEqual([]);
    const found = pair('Britain could send 30,000 troops.', 'Britain could send 20,000 troops.');
    expect(found).toEqual([
      {
        id: 'count:troop',
        topic: 'Number of troops',
        kind: 'number',
        values: [
          { docId: 'page', outlet: 'Page Outlet', value: '30,000 troops' },
          { docId: '900', outlet: 'Other Outlet', value: '20,000 troops' },
        ],
      },
    ]);
  });

  it('counts of the same word about different things are not set against each other', () => {
    expect(pair('The leaders met for three hours of talks at the palace.', 'Two hours later, the prime minister flew home.')).toEqual([]);
    expect(ids(pair('The leaders met for three hours of talks at the palace.', 'The leaders met for two hours of talks.'))).toEqual(['count:hour']);
  });

  it('"the early hours of Tuesday" and "Tuesday" are the same day; "Wednesday" is not', () => {
    const macron = (when: string): string => `French President Emmanuel Macron posted on X ${when}, saying he had spoken with Donald Trump.`;
    expect(pair(macron('in the early hours of Tuesday'), macron('on Tuesday'))).toEqual([]);
    expect(ids(pair(macron('on Tuesday'), macron('on Wednesday')))).toEqual(['when:macron-call']);
  });
});

describe('a person the table does not know, spelled two ways', () => {
  it('is one person with two spellings, not two people each "only" in one outlet', () => {
    const found = pair(
      'Ukraine’s foreign minister, Andrii Sybiha, said the talks could not succeed without Kyiv.',
      'Ukraine’s foreign minister, Andrii Sybigha, said the talks could not succeed without Kyiv.',
    );
    expect(found).toEqual([
      {
        id: 'spelling:sybiha',
        topic: "Spelling of Andrii Sybiha's name",
        kind: 'spelling',
        values: [
          { docId: 'page', outlet: 'Page Outlet', value: 'Sybiha' },
          { docId: '900', outlet: 'Other Outlet', value: 'Sybigha' },
        ],
      },
    ]);
  });
});
