// Placeholder until the matching work lands.
import type { Quote, StoryMatch } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';

export function matchStory(_text: string, _quotes: Quote[], _index: CorpusIndex): StoryMatch[] {
  return [];
}
