import { ANALYSIS_VERSION, type Analysis } from '../types';

/** An Analysis with nothing found yet: the start of every run, and the answer for a page that is not an article. */
export function emptyAnalysis(reason: string, url: string | null = null): Analysis {
  return {
    version: ANALYSIS_VERSION,
    url,
    isArticle: false,
    reason,
    article: null,
    quotes: [],
    story: [],
    quoteMatches: [],
    differences: [],
    credits: [],
    problem: null,
    timings: {},
  };
}
