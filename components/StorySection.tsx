// "Same story elsewhere": the other corpus articles that carried the page's story.
import type { Analysis } from '../utils/types';
import { otherCoverage } from '../utils/report/otherCoverage';
import { StoryRow } from './StoryRow';
import { FoldedList } from './FoldedList';

/** Outlets listed before the rest fold (twenty outlets would push the quotes off the first screen). */
const STORY_SHOWN = 5;

export function StorySection({ analysis, onOpen }: { analysis: Analysis; onOpen: (docId: string) => void }) {
  const others = otherCoverage(analysis.story);
  return (
    <section aria-labelledby="story-heading">
      <h2 id="story-heading">Same story elsewhere</h2>
      {others.length === 0 ? (
        <p class="muted">Crossquote knows of no other outlet that carried this story.</p>
      ) : (
        <FoldedList
          items={others}
          shown={STORY_SHOWN}
          listClass="story"
          moreLabel={(n) => `${n} more outlets`}
          render={(m) => <StoryRow key={m.docId} match={m} onOpen={onOpen} />}
        />
      )}
    </section>
  );
}
