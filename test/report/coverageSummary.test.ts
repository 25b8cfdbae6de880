// The popup's one-line answer at many outlets: who else carried the story and how, and what differs.
import { describe, expect, it } from 'vitest';
import { coverageSummary } from '../../utils/report/coverageSummary';
import type { Analysis, StoryMatch, StoryRelation } from '../../utils/types';
import { fixture } from '../components/fixtures';

function withStory(relations: StoryRelation[], outlets?: string[]): Analysis {
  const analysis = fixture('corpusPage');
  const base = analysis.story[0]!;
  analysis.story = relations.map((relation, i): StoryMatch => ({ ...base, docId: `lib:s${i}`, outlet: outlets?.[i] ?? `Outlet ${i}`, relation }));
  return analysis;
}

describe('coverageSummary', () => {
  it('says nothing when no other outlet carried the story, even when the page is a corpus article itself', () => {
    expect(coverageSummary(fixture('noMatch'))).toBeNull();
    expect(coverageSummary(withStory(['same']))).toBeNull();
  });

  it.each([
    [['copy'], 'Carried by 1 other outlet (1 copy)'],
    [['same', 'rewrite', 'rewrite'], 'Carried by 2 other outlets (2 rewrites)'],
    [['copy', 'copy', 'copy', 'rewrite', 'related', 'related'], 'Carried by 6 other outlets (3 copies, 1 rewrite, 2 other reports)'],
  ] as Array<[StoryRelation[], string]>)('counts outlets by relation: %j', (relations, line) => {
    const analysis = withStory(relations);
    analysis.quoteMatches = [];
    analysis.differences = [];
    expect(coverageSummary(analysis)).toBe(line);
  });

  it('counts an outlet with two articles once', () => {
    const analysis = withStory(['rewrite', 'related'], ['Valley Post', 'Valley Post']);
    expect(coverageSummary(analysis)).toMatch(/^Carried by 1 other outlet \(1 rewrite, 1 other report\)/);
  });

  it('counts the quotes carried elsewhere, those in other words, and the details that differ', () => {
    const analysis = fixture('corpusPage');
    const carried = analysis.quoteMatches.filter((m) => m.matches.length > 0);
    expect(carried.length).toBeGreaterThan(1);
    // Make exactly one quote reworded elsewhere, the others carried word for word.
    carried.forEach((m, i) => m.matches.forEach((c) => (c.relation = i === 0 ? 'variant' : 'exact')));
    const line = coverageSummary(analysis)!;
    expect(line).toContain(`${carried.length} of ${analysis.quotes.length} quotes carried elsewhere, 1 in other words`);
    expect(line).toContain(`${analysis.differences.length} details differ`);
    analysis.differences = analysis.differences.slice(0, 1);
    expect(coverageSummary(analysis)).toMatch(/ · 1 detail differs$/);
  });
});
