// The longest posting list that is not banal, for an index of `docs` documents: the rule the
// corpus build applies once (utils/corpus/buildIndex.ts, invert), applied here on every add and
// removal so that the library's index always equals a full build of what it holds.
import { BANAL_DOC_SHARE, BANAL_MIN_DOCS } from '../match/storyThresholds';

export function banalLimit(docs: number): number {
  return Math.max(BANAL_MIN_DOCS, Math.ceil(BANAL_DOC_SHARE * docs));
}
