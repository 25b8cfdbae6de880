// The story features of the documents a page's comparison will score (its candidates: about
// forty kept articles, and the corpus's), read ahead in slices with a turn of the event loop
// between them. matchStory reads a document's features the first time it scores it, and after a
// wake, an import or on a page about a new event that is every candidate at once: measured in
// Chromium at 1,000 articles, most of a service-worker task of 60-110 ms of work. Read here, they
// are held by document (docFeatures) and matchStory finds them ready.
import type { CorpusDoc } from '../corpus/indexFormat';
import { docFeatures } from '../match/docFeatures';
import { defaultNow } from '../pipeline/clock';
import { yieldToLoop } from '../pipeline/yieldToLoop';

/** Wall-clock time one slice may run before it gives the loop a turn (ms): well under a long task's 50 ms even when the thread gets half a core. */
export const FEATURE_SLICE_MS = 8;

export async function readFeaturesInSlices(docs: Iterable<CorpusDoc>, pause: () => Promise<void> = yieldToLoop, now: () => number = defaultNow): Promise<void> {
  let start = now();
  let first = true;
  for (const doc of docs) {
    // Each slice reads at least one document: a turn with nothing done before it is no help.
    if (!first && now() - start >= FEATURE_SLICE_MS) {
      await pause();
      start = now();
    }
    first = false;
    docFeatures(doc);
  }
}
