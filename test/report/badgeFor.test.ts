// The toolbar badge: the count of other outlets, in words in the title; nothing elsewhere.
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../utils/report/badgeFor';
import { emptyAnalysis } from '../../utils/analyze';
import type { Analysis, StoryMatch } from '../../utils/types';

const match = (docId: string, relation: StoryMatch['relation']): StoryMatch => ({
  docId,
  outlet: `Outlet ${docId}`,
  title: 't',
  similarity: 0.5,
  relation,
  credits: [],
});

function article(story: StoryMatch[], quotedBy: string[] = []): Analysis {
  const a = emptyAnalysis('An article.');
  a.isArticle = true;
  a.story = story;
  a.quoteMatches = quotedBy.length
    ? [{ quoteId: 'q1', matches: quotedBy.map((docId) => ({ docId, outlet: docId, text: 'x', speaker: null, relation: 'exact' as const, diff: [] })) }]
    : [];
  return a;
}

describe('badgeFor', () => {
  it.each([
    ['no analysis', null, '', 'Crossquote'],
    ['not an article', emptyAnalysis('Not an article.'), '', 'Crossquote'],
    ['an article matching nothing', article([]), '', 'Crossquote'],
    ['the corpus article itself and nothing else', article([match('002', 'same')]), '', 'Crossquote'],
    ['one other outlet', article([match('001', 'rewrite')]), '1', 'Crossquote: Carried by 1 other outlet'],
    [
      'the corpus page, four others, three quoting it',
      article([match('002', 'same'), match('000', 'copy'), match('001', 'rewrite'), match('003', 'rewrite'), match('004', 'related')], ['000', '001', '004', '002']),
      '4',
      'Crossquote: Carried by 4 other outlets; 3 of them carry its quotes',
    ],
    ['one quoting', article([match('001', 'rewrite'), match('003', 'rewrite')], ['003']), '2', 'Crossquote: Carried by 2 other outlets; 1 of them carries its quotes'],
  ])('%s', (_what, analysis, text, title) => {
    expect(badgeFor(analysis)).toEqual({ text, title });
  });
});
