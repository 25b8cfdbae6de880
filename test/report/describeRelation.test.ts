// Naming outlets in the header's relation line, honestly for unknown ones.
import { describe, expect, it } from 'vitest';
import { describeRelation, possessiveReport } from '../../utils/report/describeRelation';
import { fixture } from '../components/fixtures';

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

describe('describeRelation', () => {
  it("tells the reader when the page is an article they read before, from their library, not the corpus's wording", () => {
    const analysis = fixture('corpusPage');
    const same = analysis.story.find((m) => m.relation === 'same')!;
    expect(describeRelation(analysis)).toMatch(/^This is .+'s report$/);
    same.source = { kind: 'library', readAt: '2026-12-02T10:00:00Z', site: 'valleypost.example', url: 'https://valleypost.example/a' };
    expect(describeRelation(analysis)).toMatch(/^You read this before \(in your library · read 2 Dec( 2026)? · valleypost\.example\)$/);
  });
});
