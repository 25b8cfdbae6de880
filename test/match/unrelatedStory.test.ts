// No false "same story" alarms: real-looking news about other occasions that name the summit's
// people, its city or its "backstop" (test/fixtures/unrelated-*, written for this suite) get no
// story match, no quote match and no difference; and the rules that decide it, on small texts.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze } from '../../utils/analyze';
import { compareWithCorpus } from '../../utils/pipeline/compareWithCorpus';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { readCorpus } from '../../scripts/readCorpus';
import type { Analysis } from '../../utils/types';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const index = buildIndex(readCorpus());
const unrelated = readdirSync(FIXTURES).filter((d) => d.startsWith('unrelated-')).sort();

/** The comparing half on a plain text, as if the page were an English article with this body. */
function compareText(text: string): Analysis {
  const reading = emptyAnalysis('test');
  reading.isArticle = true;
  reading.article = { title: 'Test', siteName: null, byline: null, published: null, lang: 'en', text } as Analysis['article'];
  reading.quotes = extractQuotes(text);
  return compareWithCorpus(reading, index, { limits: { timeBudgetMs: 1e9 } });
}

describe('news about other occasions that share the summit’s names and words', () => {
  it('has the hard cases: Brexit backstop, AI summit in Paris, Munich, The Hague, London, Downing Street, Macron at home', () => {
    expect(unrelated.length).toBeGreaterThanOrEqual(7);
  });

  it.each(unrelated)('%s: an article, with no story match, no quote match and no difference', (dir) => {
    const result = analyze(new JSDOM(readFileSync(`${FIXTURES}${dir}/page.html`, 'utf8')).window.document, index);
    expect(result.isArticle).toBe(true);
    expect(result.quotes.length).toBeGreaterThan(0);
    expect(result.story).toEqual([]);
    expect(result.quoteMatches).toEqual([]);
    expect(result.differences).toEqual([]);
  });
});

const OTHER_LEAD =
  'Ministers from twelve countries met in Lisbon on Thursday to discuss fishing quotas in the Atlantic, a meeting that ran late into the night.\n\n' +
  'Portugal’s fisheries minister said the talks had been difficult. Trawler owners in Galicia and Brittany want catches of hake and sardine raised after a good season.\n\n';

describe('what counts as evidence of the same occasion', () => {
  it('a remark quoted at length (a run of eleven words or more) is: the article that carries it is a rewrite', () => {
    const text = `${OTHER_LEAD}Asked about Ukraine, the Portuguese minister recalled the British prime minister’s words: “there must be a US backstop, because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.”`;
    const result = compareText(text);
    expect(result.story.find((s) => s.docId === '003')?.relation).toBe('rewrite');
    expect(result.quoteMatches.some((m) => m.matches.some((x) => x.docId === '003'))).toBe(true);
  });

  it.each([
    ['“US backstop”', 'a two-word phrase'],
    ['“completely premature”', 'the same speaker’s words, on another occasion'],
    ['“do more”', 'a stock phrase'],
  ])('a short phrase (%s, %s) is not: no story, so no quote match and no difference', (phrase) => {
    const result = compareText(`${OTHER_LEAD}German Chancellor Olaf Scholz called the plan ${phrase}, and others agreed that more work was needed before the next meeting in June.`);
    expect(result.story).toEqual([]);
    expect(result.quoteMatches).toEqual([]);
    expect(result.differences).toEqual([]);
  });

  it('two dozen shared news words (president, officials, Washington, Europe, security, troops, peace) are not', () => {
    const text =
      'The president met senior officials in Washington on Monday to discuss European security, the war in Ukraine and the future of the alliance, the White House said.\n\n' +
      'Officials said the talks covered defence spending, military aid, troops and a possible peace deal with Russia, and that leaders from Germany, France, Italy, Poland and Spain would meet again next month. ' +
      'The United States and its allies in Europe have differed for months on tariffs, troops and the budget for Kyiv, and the president’s advisers said an agreement on security guarantees was possible before the summer. ' +
      'European leaders have warned that any ceasefire must include Ukraine in the negotiations, and several said their countries were prepared to increase defence spending and take more responsibility for the continent.';
    const result = compareText(text);
    expect(result.story).toEqual([]);
    expect(result.differences).toEqual([]);
  });
});
