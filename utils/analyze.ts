// Document -> Analysis: the one place where the pipeline's stages are composed. Two halves,
// so the content script can read the page (pipeline/readPage.ts) and the background, which
// holds the corpus index, can compare it (pipeline/compareWithCorpus.ts); `analyze` runs both,
// for the CLI, tests and bench.
import type { Analysis } from './types';
import type { CorpusIndex } from './corpus/indexFormat';
import { readPage, type ReadOptions } from './pipeline/readPage';
import { compareWithCorpus } from './pipeline/compareWithCorpus';

export { readPage, readPageInSteps, type ReadOptions } from './pipeline/readPage';
export { compareWithCorpus, type CompareOptions } from './pipeline/compareWithCorpus';
export { emptyAnalysis } from './pipeline/emptyAnalysis';
export { PAGE_LIMITS, type PageLimits } from './pipeline/pageLimits';

/** The whole pipeline on one Document. */
export function analyze(doc: Document, index: CorpusIndex, options: ReadOptions = {}): Analysis {
  return compareWithCorpus(readPage(doc, options), index, options);
}
