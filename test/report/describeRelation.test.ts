// Naming outlets in the header's relation line, honestly for unknown ones.
import { describe, expect, it } from 'vitest';
import { possessiveReport } from '../../utils/report/describeRelation';

describe('possessiveReport', () => {
  it.each([
    ['Sky News', "Sky News's report"],
    ['Tribune Online', "Tribune Online's report"],
    ['Unnamed outlet', "an unnamed outlet's report"],
    ['Unnamed outlet (credits BBC, Express)', "an unnamed outlet's report (credits BBC, Express)"],
  ])('%s', (outlet, text) => {
    expect(possessiveReport(outlet)).toBe(text);
  });
});
