// A damaged corpus index (a bad download, a stale build, a hand edit) is refused when loaded
// with a clear message, or, if it still passes the checks, cannot make the comparison crash:
// never an exception from deep inside the matcher. Random single corruptions of the real index.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { compareWithCorpus, readPage } from '../../utils/analyze';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { loadIndex } from '../../utils/corpus/loadIndex';
import { readCorpus } from '../../scripts/readCorpus';
import { analysisProblems } from '../property/analysisProblems';

const json = JSON.stringify(buildIndex(readCorpus()));
const reading = readPage(
  new JSDOM(readFileSync(new URL('../fixtures/new-summit-meridian/page.html', import.meta.url), 'utf8'), { url: 'https://news.example/a' }).window.document,
);
const seed = Number(process.env.CQ_FC_SEED ?? 20250217);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (object keys and array indices), depth-first. */
function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 6).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value).slice(0, 12)) paths(v, [...prefix, k], out);
  return out;
}

const allPaths = paths(JSON.parse(json) as Json).filter((p) => p.length > 0);
const replacement = fc.constantFrom<Json>(null, -1, 1.5, 99_999, '', 'x', true, [], {}, [1, 2, 3], { format: 2 });

describe('a corrupted corpus index', () => {
  it('is refused with a clear message, or compared without crashing', () => {
    fc.assert(
      fc.property(fc.nat(allPaths.length - 1), replacement, fc.boolean(), (which, value, remove) => {
        const damaged = JSON.parse(json) as Json;
        const path = allPaths[which]!;
        let parent = damaged as Record<string | number, Json>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
        const last = path[path.length - 1]!;
        if (remove) {
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
        } else parent[last] = value;
        let index;
        try {
          index = loadIndex(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/^The corpus index is damaged or from another version \(expected format \d+\): .+\. Rebuild it with `npm run index`\.$/);
          return;
        }
        // Accepted (e.g. a title changed): the comparison runs through, without even a caught failure.
        const result = compareWithCorpus(reading, index);
        expect(analysisProblems(result)).toEqual([]);
        expect(result.problem).toBeNull();
      }),
      { numRuns: 300, seed },
    );
  }, 180_000);
});
