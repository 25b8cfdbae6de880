// The page compared with the bundled corpus and the reader's library together, by the same
// matcher and the same rules (compareWithCorpus on the combined index), then each library match
// told apart from the corpus ones by its `source`. Library ids ("lib:…") appear as they are in
// `story`, `quoteMatches` and `differences`. A match from the page's own site that rests on
// shared text alone is that site's template, not the story: the story matching is told which
// articles are of the page's site (StoryRules.sameSite) and leaves those out in the same pass.
// Leads that share only names the library is full of (NASA, Earth) are one beat, not one occasion
// (StoryRules.topicNameDocs). Evidence of the occasion without shared text counts only between
// articles published close together, and `related` to a kept article needs both dates
// (StoryRules.relatedNeedsDates; utils/match/storyThresholds.ts OCCASION_MAX_DAYS).
import type { Analysis, StoryMatch } from '../types';
import { compareInSteps, type CompareOptions } from '../pipeline/compareWithCorpus';
import { runSteps, type Steps } from '../pipeline/runSteps';
import type { LibraryIndex } from './libraryIndex';
import { sameSite } from './sameSite';
import { TOPIC_NAME_DOC_SHARE, TOPIC_NAME_MIN_DOCS } from '../match/storyThresholds';

/**
 * What the comparison reads of a library index: the matcher's view and the kept articles by id.
 * The whole in-memory index (LibraryIndex) is one; the slice read from the stored index for one
 * page (readLibraryView) is another.
 */
export type LibraryView = Pick<LibraryIndex, 'view' | 'articles' | 'live'>;

/** Never throws (compareWithCorpus reports a failure in `problem`). */
export function compareWithLibrary(reading: Analysis, index: LibraryView, options: CompareOptions = {}): Analysis {
  return runSteps(compareWithLibraryInSteps(reading, index, options));
}

/** compareWithLibrary as steps (compareInSteps's), for the background to run with turns between them. */
export function* compareWithLibraryInSteps(reading: Analysis, index: LibraryView, options: CompareOptions = {}): Steps<Analysis> {
  const ofPageSite = (docId: string): boolean => {
    const held = index.articles.get(docId);
    return held !== undefined && sameSite(reading, held.article);
  };
  // A name in more than a small share of the library is one of its recurring topics, not the occasion.
  const topicNameDocs = Math.max(TOPIC_NAME_MIN_DOCS, Math.ceil(TOPIC_NAME_DOC_SHARE * index.live));
  // Kept articles of one beat share names and subject for months: `related` to one needs both dates.
  const relatedNeedsDates = (docId: string): boolean => index.articles.has(docId);
  const compared = yield* compareInSteps(reading, index.view, { ...options, rules: { ...options.rules, sameSite: ofPageSite, topicNameDocs, relatedNeedsDates } });
  if (compared.story.length === 0) return compared;
  const story = compared.story.map((match): StoryMatch => {
    const held = index.articles.get(match.docId);
    if (!held) return match;
    const { readAt, site, url } = held.article;
    return { ...match, source: { kind: 'library', readAt, site, url } };
  });
  return { ...compared, story };
}
