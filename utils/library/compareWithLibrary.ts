// The page compared with the bundled corpus and the reader's library together, by the same
// matcher and the same rules (compareWithCorpus on the combined index), then each library match
// told apart from the corpus ones by its `source`. Library ids ("lib:…") appear as they are in
// `story`, `quoteMatches` and `differences`.
import type { Analysis, StoryMatch } from '../types';
import { compareWithCorpus, type CompareOptions } from '../pipeline/compareWithCorpus';
import type { LibraryIndex } from './libraryIndex';

/** Never throws (compareWithCorpus reports a failure in `problem`). */
export function compareWithLibrary(reading: Analysis, index: LibraryIndex, options: CompareOptions = {}): Analysis {
  const compared = compareWithCorpus(reading, index.view, options);
  if (compared.story.length === 0) return compared;
  const story = compared.story.map((match): StoryMatch => {
    const held = index.articles.get(match.docId);
    if (!held) return match;
    const { readAt, site, url } = held.article;
    return { ...match, source: { kind: 'library', readAt, site, url } };
  });
  return { ...compared, story };
}
