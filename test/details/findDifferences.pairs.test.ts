// Every pair of corpus articles, both ways: the page is one text, the other is matched. The
// expected differences in expected/NNN-vs-MMM.json were written by reading the two texts (who
// each lists at the Paris meeting, whom each credits, which days and dates each gives, whom and
// what only one reports, how each spells Zelenskyy); here each must be found, and nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDifferences } from '../../utils/details/findDifferences';
import type { Difference } from '../../utils/types';
import { corpusIndex, outletName, pageFrom, storyMatch } from './corpusOutlets';
import { expectDifference, type ExpectedDifference } from './expectDifference';

interface Expected {
  pair: [string, string];
  differences: ExpectedDifference[];
}

const dir = fileURLToPath(new URL('./expected/', import.meta.url));
const cases = readdirSync(dir)
  .filter((f) => /^\d{3}-vs-\d{3}\.json$/.test(f))
  .flatMap((file) => {
    const expected = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Expected;
    const [a, b] = expected.pair;
    return [
      { name: `${a} as the page, ${b} matched`, page: a, other: b, expected },
      { name: `${b} as the page, ${a} matched`, page: b, other: a, expected },
    ];
  });

/** docId as findDifferences reports it: the page is "page". */
const asReported = (docId: string, page: string): string => (docId === page ? 'page' : docId);

describe.each(cases)('$name', ({ page, other, expected }) => {
  const found: Difference[] = findDifferences(pageFrom(page), [storyMatch(other)], [], corpusIndex);

  it('reports exactly the expected differences, and nothing else', () => {
    expect(found.map((d) => d.id).sort()).toEqual(expected.differences.map((d) => d.id).sort());
  });

  it.each(expected.differences)('$id: the values each outlet gives', (want) => {
    const got = expectDifference(found, want, (docId) => asReported(docId, page));
    if (!got) return;
    for (const v of got.values) expect(v.outlet).toBe(outletName(v.docId === 'page' ? page : v.docId, page));
    if (want.in) {
      const holder = asReported(want.in, page);
      const where = holder === 'page' && outletName(page, page) === 'This page' ? 'Only on this page' : `Only in ${outletName(want.in, page)}`;
      expect(got.topic.startsWith(`${where}: `)).toBe(true);
      expect(got.values.filter((v) => v.value !== 'Not mentioned').map((v) => v.docId)).toEqual([holder]);
    }
  });
});
