// One other outlet's coverage: its name (opens its text in the reader view), how it relates
// to the page, how much of their wording (quotes aside) they share, and whom it credits.
import type { StoryMatch } from '../utils/types';
import { joinWords } from '../utils/report/joinWords';
import { librarySourceLabel } from '../utils/library/librarySourceLabel';

const RELATION_WORDS: Record<StoryMatch['relation'], string> = {
  same: 'this article',
  copy: 'near-verbatim copy',
  // A rewrite shares the story and its quotes, not its sentences: a low figure below is expected.
  rewrite: 'rewrite in its own words',
  related: 'same event, little in common',
};

export function StoryRow({ match, onOpen }: { match: StoryMatch; onOpen: (docId: string) => void }) {
  const percent = Math.round(match.similarity * 100);
  return (
    <li class="story-row">
      <button type="button" class="link" dir="auto" onClick={() => onOpen(match.docId)} title="Read this article's text">
        {match.outlet}
      </button>
      <span class={`relation relation-${match.relation}`}>{RELATION_WORDS[match.relation]}</span>
      <span class="similarity">
        <span class="meter" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
        {percent === 0 && match.similarity > 0 ? 'under 1' : percent}% of wording shared
      </span>
      <span class="credits">{match.credits.length > 0 ? `credits ${joinWords(match.credits)}` : 'credits no one'}</span>
      <span class="title muted" dir="auto">
        {match.title}
      </span>
      {match.source && <span class="library-source muted">{librarySourceLabel(match.source)}</span>}
    </li>
  );
}
