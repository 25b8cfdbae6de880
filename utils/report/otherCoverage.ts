// The corpus articles that are *other* coverage of the page's story: every story match except
// the one that is this very article (relation 'same'). Both the badge and the popup count these.
import type { StoryMatch } from '../types';

export function otherCoverage(story: StoryMatch[]): StoryMatch[] {
  return story.filter((s) => s.relation !== 'same');
}
