// A page compared with the corpus and the reader's library together (issue 17, point 4), on
// our own fixture pages about an invented council vote: the library's syndicated copy and
// rewrite are found with the right relations, their quotes with word diffs and their details
// in the differences, each told apart from the corpus by its id and source; the unrelated
// article is not found, and neither is the corpus's summit coverage.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLibraryArticle } from '../../utils/library/buildLibraryArticle';
import { createLibraryIndex, type LibraryIndex } from '../../utils/library/libraryIndex';
import { addToLibraryIndex } from '../../utils/library/addToLibraryIndex';
import { compareWithLibrary } from '../../utils/library/compareWithLibrary';
import { compareWithCorpus } from '../../utils/pipeline/compareWithCorpus';
import { isAnalysis } from '../../utils/validateAnalysis';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import type { Analysis } from '../../utils/types';
import { readLibraryPage, shippedIndex, type LibraryPage } from './libraryPages';

const READ_AT = '2026-12-02T10:00:00.000Z';
let kept: Record<Exclude<LibraryPage, 'original'>, LibraryArticle>;
let index: LibraryIndex;
let result: Analysis;

beforeAll(() => {
  const keep = (name: LibraryPage): LibraryArticle => buildLibraryArticle(readLibraryPage(name), READ_AT)!;
  kept = { syndicated: keep('syndicated'), rewrite: keep('rewrite'), unrelated: keep('unrelated') };
  index = createLibraryIndex(shippedIndex());
  for (const article of Object.values(kept)) addToLibraryIndex(index, article);
  result = compareWithLibrary(readLibraryPage('original'), index);
});

describe('what the library keeps of a page', () => {
  it('keeps the fields the comparison needs, under the canonical URL, and no HTML', () => {
    const a = kept.rewrite;
    expect(a).toMatchObject({ url: 'https://northern-ledger.example/2026/12/01/harwick-bridge-shut', site: 'northern-ledger.example', outlet: 'Northern Ledger', byline: 'Felix Ambrose', readAt: READ_AT });
    expect(a.id).toMatch(/^lib:[0-9a-z]{13}$/);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Dana Okafor', 'Priya Raman', 'Tomas Brevik']);
    expect(JSON.stringify(a)).not.toMatch(/<p>|<article|<header/);
  });

  it('keeps nothing of a page that is not an article', () => {
    const page = readLibraryPage('original');
    expect(buildLibraryArticle({ ...page, isArticle: false, article: null }, READ_AT)).toBeNull();
    expect(buildLibraryArticle({ ...page, problem: 'The page took too long to read.' }, READ_AT)).toBeNull();
  });
});

describe('the page compared with corpus and library together', () => {
  it('finds the syndicated copy as a copy and the rewrite as a rewrite, from the library', () => {
    expect(result.story.map((s) => [s.docId, s.outlet, s.relation])).toEqual([
      [kept.syndicated.id, 'Valley Post', 'copy'],
      [kept.rewrite.id, 'Northern Ledger', 'rewrite'],
    ]);
    expect(result.story[0]!.source).toEqual({ kind: 'library', readAt: READ_AT, site: 'valleypost.example', url: 'https://valleypost.example/regional/harwick-elm-street-bridge-closure' });
  });

  it('does not find the unrelated article, nor the summit coverage of the corpus', () => {
    const ids = result.story.map((s) => s.docId);
    expect(ids).not.toContain(kept.unrelated.id);
    expect(ids.some((id) => !id.startsWith('lib:'))).toBe(false);
  });

  it('matches the reworded quotes with a word diff to the rewrite', () => {
    const okafor = result.quotes.find((q) => q.speaker === 'Dana Okafor')!;
    const match = result.quoteMatches.find((m) => m.quoteId === okafor.id)!.matches.find((m) => m.docId === kept.rewrite.id)!;
    expect(match.relation).toBe('variant');
    expect(match.diff.filter((p) => p.op !== 'same').map((p) => [p.op, p.text.trim()])).toEqual([
      ['removed', 'every'],
      ['added', 'each'],
    ]);
  });

  it('reports the details that differ with library ids (the repair cost: 14 vs 16 million)', () => {
    const values = result.differences.flatMap((d) => d.values);
    expect(values.some((v) => v.docId === kept.rewrite.id)).toBe(true);
    expect(JSON.stringify(result.differences)).toMatch(/16 million/);
  });

  it('is a valid Analysis', () => {
    expect(isAnalysis(result)).toBe(true);
  });

  it('with an empty library answers exactly as the corpus alone', () => {
    const page = readLibraryPage('syndicated');
    const alone = compareWithCorpus(page, shippedIndex());
    const withEmpty = compareWithLibrary(page, createLibraryIndex(shippedIndex()));
    expect({ ...withEmpty, timings: {} }).toEqual({ ...alone, timings: {} });
  });
});
