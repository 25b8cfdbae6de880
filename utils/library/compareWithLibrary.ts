// The page compared with the bundled corpus and the reader's library together, by the same
// matcher and the same rules (compareWithCorpus on the combined index), then each library match
// told apart from the corpus ones by its `source`. Library ids ("lib:…") appear as they are in
// `story`, `quoteMatches` and `differences`. A match from the page's own site that rests on
// shared text alone is that site's template, not the story: the story matching is told which
// articles are of the page's site (StoryRules.sameSite) and leaves those out in the same pass.
import type { Analysis, StoryMatch } from '../types';
import { compareWithCorpus, type CompareOptions } from '../pipeline/compareWithCorpus';
import type { LibraryIndex } from './libraryIndex';
import { sameSite } from './sameSite';

/**
 * What the comparison reads of a library index: the matcher's view and the kept articles by id.
 * The whole in-memory index (LibraryIndex) is one; the slice read from the stored index for one
 * page (readLibraryView) is another.
 */
export type LibraryView = Pick<LibraryIndex, 'view' | 'articles'>;

/** Never throws (compareWithCorpus reports a failure in `problem`). */
export function compareWithLibrary(reading: Analysis, index: LibraryView, options: CompareOptions = {}): Analysis {
  const ofPageSite = (docId: string): boolean => {
    const held = index.articles.get(docId);
    return held !== undefined && sameSite(reading, held.article);
  };
  const compared = compareWithCorpus(reading, index.view, { ...options, rules: { ...options.rules, sameSite: ofPageSite } });
  if (compared.story.length === 0) return compared;
  const story = compared.story.map((match): StoryMatch => {
    const held = index.articles.get(match.docId);
    if (!held) return match;
    const { readAt, site, url } = held.article;
    return { ...match, source: { kind: 'library', readAt, site, url } };
  });
  return { ...compared, story };
}
