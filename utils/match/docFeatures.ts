// A corpus or library document's story features (storyFeatures of its text and quotes), read
// once per document object: a document does not change while it is held, and the matcher scores
// the same documents for page after page. Exported so a caller can read them ahead, in slices
// between which other work runs (utils/library/readFeaturesInSlices.ts), instead of matchStory
// reading forty of them in one task.
import type { CorpusDoc } from '../corpus/indexFormat';
import { storyFeatures, type StoryFeatures } from './storyFeatures';

const DOC_FEATURES = new WeakMap<CorpusDoc, StoryFeatures>();

export function docFeatures(doc: CorpusDoc): StoryFeatures {
  let f = DOC_FEATURES.get(doc);
  if (!f) DOC_FEATURES.set(doc, (f = storyFeatures(doc.text, doc.quotes)));
  return f;
}
