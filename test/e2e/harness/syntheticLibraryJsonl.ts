// A library file of `size` synthetic articles for the browser's scale check: the scale bench's
// synthetic corpus (scripts/bench/syntheticCorpus.ts: the five corpus texts, rewrites of them,
// then unrelated filler) as library records, spread over 200 sites and read a minute apart,
// followed by `pages` (analyses of real pages, e.g. the Harwick pages read in Node).
import { readCorpus } from '../../../scripts/readCorpus';
import { syntheticCorpus } from '../../../scripts/bench/syntheticCorpus';
import { extractQuotes } from '../../../utils/quotes/extractQuotes';
import { emptyAnalysis } from '../../../utils/pipeline/emptyAnalysis';
import { buildLibraryArticle } from '../../../utils/library/buildLibraryArticle';
import { formatLibraryJsonl } from '../../../utils/library/formatLibraryJsonl';
import type { LibraryArticle } from '../../../utils/library/libraryArticle';
import type { Analysis } from '../../../utils/types';

function kept(reading: Analysis, readAt: Date): LibraryArticle {
  const article = buildLibraryArticle(reading, readAt.toISOString());
  if (!article) throw new Error(`${reading.url ?? 'a page'} would not be kept`);
  return article;
}

export function syntheticLibraryJsonl(size: number, pages: readonly Analysis[] = []): string {
  const articles = syntheticCorpus(readCorpus(), size).sources.map((source, i): LibraryArticle => {
    const url = `https://outlet-${i % 200}.example/news/${source.meta.docId}`;
    const reading = {
      ...emptyAnalysis('This is a news article.', url),
      isArticle: true,
      article: { title: source.meta.title ?? source.text.slice(0, 80), siteName: source.meta.outlet, byline: null, published: null, lang: 'en', text: source.text },
      quotes: extractQuotes(source.text),
    };
    return kept(reading, new Date(Date.UTC(2026, 10, 1) + i * 60_000));
  });
  return formatLibraryJsonl([...articles, ...pages.map((page) => kept(page, new Date(Date.UTC(2026, 11, 1))))]);
}
