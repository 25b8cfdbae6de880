// The page compared with the bundled corpus and the reader's library together, by the same
// matcher and the same rules (compareWithCorpus on the combined index), then each library match
// told apart from the corpus ones by its `source`. Library ids ("lib:…") appear as they are in
// `story`, `quoteMatches` and `differences`. A match from the page's own site that rests on
// shared text alone is that site's template, not the story (sameSiteWithoutOccasion).
import type { Analysis, StoryMatch } from '../types';
import { compareWithCorpus, type CompareOptions } from '../pipeline/compareWithCorpus';
import { findDifferences } from '../details/findDifferences';
import type { LibraryIndex } from './libraryIndex';
import { sameSiteWithoutOccasion } from './sameSiteWithoutOccasion';

/** Never throws (compareWithCorpus reports a failure in `problem`). */
export function compareWithLibrary(reading: Analysis, index: LibraryIndex, options: CompareOptions = {}): Analysis {
  const compared = dropTemplateMatches(reading, compareWithCorpus(reading, index.view, options), index);
  if (compared.story.length === 0) return compared;
  const story = compared.story.map((match): StoryMatch => {
    const held = index.articles.get(match.docId);
    if (!held) return match;
    const { readAt, site, url } = held.article;
    return { ...match, source: { kind: 'library', readAt, site, url } };
  });
  return { ...compared, story };
}

/**
 * The comparison without the same-site matches that rest on template text alone: their quote
 * matches go with them, and the differences are found again among the matches that remain
 * (none are added where the first comparison found none, e.g. on a page not in English).
 */
function dropTemplateMatches(reading: Analysis, compared: Analysis, index: LibraryIndex): Analysis {
  if (compared.story.length === 0 || !compared.article) return compared;
  const dropped = new Set(sameSiteWithoutOccasion(reading, compared.story, index));
  if (dropped.size === 0) return compared;
  const story = compared.story.filter((s) => !dropped.has(s.docId));
  const quoteMatches = compared.quoteMatches.flatMap((m) => {
    const kept = m.matches.filter((x) => !dropped.has(x.docId));
    return kept.length ? [{ ...m, matches: kept }] : [];
  });
  const differences = compared.differences.length && story.length
    ? findDifferences({ article: compared.article, quotes: compared.quotes, credits: compared.credits }, story, quoteMatches, index.view)
    : [];
  return { ...compared, story, quoteMatches, differences };
}
