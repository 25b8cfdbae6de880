// The background compares a page in steps with a turn of the event loop between them (issue 17,
// point 5: a library of 1,000 articles answers without a long task). What a reader would notice
// if that went wrong: a different answer than the one-go comparison (the CLI's, the tests'), or
// the whole comparison still in one go. The Harwick original against a library holding its copy,
// rewrite and an unrelated article: the same analysis either way, and the work given up in turns.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLibraryArticle } from '../../utils/library/buildLibraryArticle';
import { createLibraryIndex, type LibraryIndex } from '../../utils/library/libraryIndex';
import { addToLibraryIndex } from '../../utils/library/addToLibraryIndex';
import { compareWithLibrary, compareWithLibraryInSteps } from '../../utils/library/compareWithLibrary';
import { readFeaturesInSlices, FEATURE_SLICE_MS } from '../../utils/library/readFeaturesInSlices';
import { runStepsYielding } from '../../utils/pipeline/runSteps';
import { readLibraryPage, shippedIndex, type LibraryPage } from './libraryPages';

let index: LibraryIndex;
beforeAll(() => {
  index = createLibraryIndex(shippedIndex());
  for (const name of ['syndicated', 'rewrite', 'unrelated'] as LibraryPage[]) addToLibraryIndex(index, buildLibraryArticle(readLibraryPage(name), '2026-12-02T10:00:00.000Z')!);
});

/** Drops the timings (clock readings differ from run to run). */
const untimed = ({ timings: _timings, ...rest }: ReturnType<typeof compareWithLibrary>) => rest;

describe('the comparison in steps', () => {
  it('gives the same analysis as the comparison in one go, and gives the loop a turn between story, quotes and each outlet of the details', async () => {
    const page = readLibraryPage('original');
    const once = compareWithLibrary(page, index);
    let turns = 0;
    const stepped = await runStepsYielding(compareWithLibraryInSteps(page, index), async () => {
      turns += 1;
    });
    expect(untimed(stepped)).toEqual(untimed(once));
    expect(once.story.map((s) => s.outlet)).toEqual(['Valley Post', 'Northern Ledger']);
    // Story → quotes, quotes → details, then one turn before each of the two outlets' facts.
    expect(turns).toBe(4);
  });

  it('a page with no story gives no turn: nothing is left to do', async () => {
    let turns = 0;
    const page = readLibraryPage('unrelated');
    const stepped = await runStepsYielding(compareWithLibraryInSteps(page, createLibraryIndex(shippedIndex())), async () => {
      turns += 1;
    });
    expect(stepped.story).toEqual([]);
    expect(turns).toBe(0);
  });

  it.each([
    ['a clock that never moves: one slice', 0, (_docs: number, turns: number) => turns === 0],
    ['3 ms a document: slices of a few documents', 3, (docs: number, turns: number) => turns > 0 && turns < docs - 1],
    [`each document past FEATURE_SLICE_MS (${FEATURE_SLICE_MS} ms): a turn before each but the first`, 100, (docs: number, turns: number) => turns === docs - 1],
  ])("reads the candidates' features in slices by the clock: %s", async (_name, step, expected) => {
    // The clock moves `step` ms each time it is read (once per document).
    let t = 0;
    let turns = 0;
    const docs = index.view.docs.filter((d) => d.text.length > 0);
    await readFeaturesInSlices(docs, async () => void (turns += 1), () => (t += step));
    expect(docs.length).toBeGreaterThan(4);
    expect(expected(docs.length, turns), `${turns} turns for ${docs.length} documents`).toBe(true);
  });
});
