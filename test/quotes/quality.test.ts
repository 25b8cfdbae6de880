// Measured quality of quote extraction and attribution against hand annotations:
// the five corpus texts (annotations/corpus-NNN.json) and short news-style passages written for
// these tests (annotations/passages.json). Thresholds are the project's bar (issue 3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import type { Quote } from '../../utils/types';

interface Gold {
  text: string;
  speaker: string | null;
  fragment: boolean;
}
interface Doc {
  id: string;
  text: string;
  quotes: Gold[];
}

const here = new URL('./annotations/', import.meta.url);
const root = new URL('../../', import.meta.url);
const corpusDocs: Doc[] = ['000', '001', '002', '003', '004'].map((n) => {
  const a = JSON.parse(readFileSync(new URL(`corpus-${n}.json`, here), 'utf8')) as { file: string; quotes: Gold[] };
  return { id: `corpus ${n}`, text: readFileSync(new URL(a.file, root), 'utf8'), quotes: a.quotes };
});
const passageDocs: Doc[] = (
  JSON.parse(readFileSync(new URL('passages.json', here), 'utf8')) as { passages: Array<{ id: string; text: string; quotes: Gold[] }> }
).passages.map((p) => ({ id: p.id, text: p.text, quotes: p.quotes }));

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Pair {
  doc: string;
  gold: Gold;
  found: Quote | null;
}

/** Pairs each annotated quote with the extracted quote of the same words (in order), and counts extras. */
function score(docs: Doc[]): { pairs: Pair[]; predicted: number; extra: Array<{ doc: string; text: string }> } {
  const pairs: Pair[] = [];
  const extra: Array<{ doc: string; text: string }> = [];
  let predicted = 0;
  for (const doc of docs) {
    const found = extractQuotes(doc.text);
    predicted += found.length;
    const used = new Set<number>();
    for (const gold of doc.quotes) {
      const i = found.findIndex((q, k) => !used.has(k) && norm(q.text) === norm(gold.text));
      if (i >= 0) used.add(i);
      pairs.push({ doc: doc.id, gold, found: found[i] ?? null });
    }
    found.forEach((q, k) => {
      if (!used.has(k)) extra.push({ doc: doc.id, text: q.text });
    });
  }
  return { pairs, predicted, extra };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

describe('quote extraction and attribution quality (hand-annotated)', () => {
  const all = [...corpusDocs, ...passageDocs];
  const { pairs, predicted, extra } = score(all);
  const full = pairs.filter((p) => !p.gold.fragment);
  const foundFull = full.filter((p) => p.found);
  const matched = pairs.filter((p) => p.found);
  const recallFull = ratio(foundFull.length, full.length);
  const recallAll = ratio(matched.length, pairs.length);
  const precision = ratio(matched.length, predicted);
  const attributionFull = ratio(foundFull.filter((p) => p.found?.speaker === p.gold.speaker).length, foundFull.length);
  const attributionAll = ratio(matched.filter((p) => p.found?.speaker === p.gold.speaker).length, matched.length);
  const wrong = matched.filter((p) => p.found?.speaker != null && p.found.speaker !== p.gold.speaker);
  const fragmentAgreement = ratio(matched.filter((p) => p.found?.fragment === p.gold.fragment).length, matched.length);
  const misses = pairs.filter((p) => !p.found).map((p) => `${p.doc}: ${p.gold.text}`);
  const misattributed = matched
    .filter((p) => p.found?.speaker !== p.gold.speaker)
    .map((p) => `${p.doc}: “${p.gold.text.slice(0, 50)}” expected ${String(p.gold.speaker)}, got ${String(p.found?.speaker)}`);

  console.log(
    [
      `quotes: ${all.length} texts (${corpusDocs.length} corpus + ${passageDocs.length} passages), ${pairs.length} annotated (${full.length} full-sentence), ${predicted} extracted`,
      `extraction recall (full-sentence) ${recallFull.toFixed(3)}, recall (all) ${recallAll.toFixed(3)}, precision ${precision.toFixed(3)}`,
      `attribution accuracy (full-sentence) ${attributionFull.toFixed(3)}, (all quotes) ${attributionAll.toFixed(3)}; wrong speaker named: ${wrong.length}`,
      `fragment flag agreement ${fragmentAgreement.toFixed(3)}`,
      ...misses.map((m) => `  missed: ${m}`),
      ...extra.map((e) => `  extra: ${e.doc}: ${e.text}`),
      ...misattributed.map((m) => `  speaker: ${m}`),
    ].join('\n'),
  );

  it('finds at least 97% of the full-sentence quotes', () => {
    expect(recallFull).toBeGreaterThanOrEqual(0.97);
  });
  it('extracts at least 95% real quotes (precision)', () => {
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
  it('names the right speaker for at least 95% of the full-sentence quotes', () => {
    expect(attributionFull).toBeGreaterThanOrEqual(0.95);
  });
  it('never attributes a quote to the wrong speaker (null is allowed where unsure)', () => {
    expect(wrong.map((p) => `${p.doc}: ${p.gold.text} -> ${String(p.found?.speaker)}`)).toEqual([]);
  });
  it('agrees with the annotation on which quotes are fragments for at least 90% of quotes', () => {
    expect(fragmentAgreement).toBeGreaterThanOrEqual(0.9);
  });
  it('skips the headlines listed under "Read more"', () => {
    const texts = [...corpusDocs, ...passageDocs].flatMap((d) => extractQuotes(d.text).map((q) => q.text));
    expect(texts).not.toContain('asks for prayers');
    expect(texts).not.toContain('talks went well');
  });
});
