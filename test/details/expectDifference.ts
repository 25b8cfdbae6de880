// The check both expected-difference suites (corpus pairs, new-article fixtures) make of one
// difference they expect: it is found, with the topic, the values each outlet gives and the
// outlets whose list is open-ended that were written down by reading the texts.
import { expect } from 'vitest';
import type { Difference } from '../../utils/types';

/** One difference as written in test/details/expected/*.json, by corpus docIds. */
export interface ExpectedDifference {
  id: string;
  topic?: string;
  values?: Record<string, string | string[]>;
  openEnded?: string[];
  /** The one outlet that reports it ("Only in …"). */
  in?: string;
}

/** The found difference `want` names, checked; `reported` turns an expected docId into the docId findDifferences gives. */
export function expectDifference(found: Difference[], want: ExpectedDifference, reported: (docId: string) => string = (docId) => docId): Difference | undefined {
  const got = found.find((d) => d.id === want.id);
  expect(got).toBeDefined();
  if (!got) return undefined;
  if (want.topic) expect(got.topic).toBe(want.topic);
  if (want.values) {
    const byDoc = Object.fromEntries(got.values.map((v) => [v.docId, v.value]));
    expect(byDoc).toEqual(Object.fromEntries(Object.entries(want.values).map(([docId, value]) => [reported(docId), value])));
  }
  // A set to the reader (ListDifferenceTable): order does not matter.
  if (want.openEnded) expect([...(got.openEnded ?? [])].sort()).toEqual(want.openEnded.map(reported).sort());
  return got;
}
