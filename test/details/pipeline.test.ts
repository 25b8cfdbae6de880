// The three new summit articles through the whole pipeline (extraction, quotes, matching, then
// differences) against the real corpus index: the differences a reader would see in the popup.
// Quote differences were decided by reading each page beside the corpus: a quote is shown as
// worded differently only where an outlet changed, dropped or joined words, not where it quotes
// a phrase of the same sentence.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analyze';
import { buildIndex } from '../../utils/corpus/buildIndex';
import type { Analysis, Difference } from '../../utils/types';
import { readCorpus } from '../../scripts/readCorpus';

const index = buildIndex(readCorpus());

function analysed(name: string): Analysis {
  const html = readFileSync(fileURLToPath(new URL(`../fixtures/${name}/page.html`, import.meta.url)), 'utf8');
  return analyze(new JSDOM(html, { url: `https://example.test/${name}` }).window.document, index);
}

function expectedIds(name: string): string[] {
  const expected = JSON.parse(readFileSync(fileURLToPath(new URL(`./expected/${name}.json`, import.meta.url)), 'utf8')) as { differences: Array<{ id: string }> };
  return expected.differences.map((d) => d.id);
}

const quoteDifferences = (a: Analysis): Difference[] => a.differences.filter((d) => d.kind === 'quote');
const valueOf = (d: Difference | undefined, docId: string): string | string[] | undefined => d?.values.find((v) => v.docId === docId)?.value;

describe('The Northern Ledger through the pipeline', () => {
  const a = analysed('new-summit-northern-ledger');

  it('shows Starmer’s “was the only way” against the outlets that have “is the only way”, and Scholz’s “completely premature” against 003’s “premature”', () => {
    const quotes = quoteDifferences(a);
    expect(quotes.map((d) => d.topic)).toEqual(["Keir Starmer's words", "Olaf Scholz's words"]);
    const [starmer, scholz] = quotes;
    expect(valueOf(starmer, 'page')).toMatch(/^a US security guarantee was the only way/);
    expect(starmer?.values.map((v) => v.docId).sort()).toEqual(['003', '004', 'page']);
    expect(valueOf(starmer, '003')).toMatch(/is the only way/);
    expect(valueOf(starmer, '004')).toMatch(/is the only way/);
    expect(scholz?.values.map((v) => [v.docId, v.value])).toEqual([
      ['page', 'completely premature'],
      ['001', 'completely premature.'],
      ['003', 'premature'],
    ]);
  });

  it('reports the other differences of expected/new-summit-northern-ledger.json, after the quotes', () => {
    expect(a.differences.filter((d) => d.kind !== 'quote').map((d) => d.id).sort()).toEqual(expectedIds('new-summit-northern-ledger').sort());
    expect(a.differences.slice(0, 2).map((d) => d.kind)).toEqual(['quote', 'quote']);
  });
});

describe('Channel Post through the pipeline', () => {
  const a = analysed('new-summit-channel-post');

  it('shows the Starmer quote it joins into one (“…as a whole. This is a once in a generation moment…”) against Sky News’ wording', () => {
    const quotes = quoteDifferences(a);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.topic).toBe("Keir Starmer's words");
    expect(valueOf(quotes[0], 'page')).toMatch(/^It is an existential question for Europe as a whole\. This is a once in a generation moment/);
    expect(quotes[0]?.values.map((v) => v.docId)).toEqual(expect.arrayContaining(['000', '002']));
  });

  it('reports the other differences of expected/new-summit-channel-post.json', () => {
    expect(a.differences.filter((d) => d.kind !== 'quote').map((d) => d.id).sort()).toEqual(expectedIds('new-summit-channel-post').sort());
  });
});

describe('Meridian Daily through the pipeline', () => {
  const a = analysed('new-summit-meridian');

  it('shows Albares’s one sentence against the two the unnamed outlet 004 quotes', () => {
    const quotes = quoteDifferences(a);
    expect(quotes.map((d) => d.topic)).toEqual(["José Manuel Albares's words"]);
    expect(valueOf(quotes[0], 'page')).toBe('Nobody is currently considering sending troops to Ukraine.');
    expect(valueOf(quotes[0], '004')).toMatch(/^Nobody is currently considering sending troops to Ukraine\. Firstly, because peace is still very far away/);
  });

  it('reports the other differences of expected/new-summit-meridian.json', () => {
    expect(a.differences.filter((d) => d.kind !== 'quote').map((d) => d.id).sort()).toEqual(expectedIds('new-summit-meridian').sort());
  });
});
