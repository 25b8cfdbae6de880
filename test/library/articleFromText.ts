// A library article made from a plain text, read by the real quote stage, as the background
// would keep it from a page with that text: for tests that need many articles.
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { buildLibraryArticle } from '../../utils/library/buildLibraryArticle';
import type { LibraryArticle } from '../../utils/library/libraryArticle';

export function articleFromText(text: string, url: string, readAt = '2026-12-02T09:00:00.000Z', siteName: string | null = 'Test Outlet', published: string | null = null): LibraryArticle {
  const analysis = {
    ...emptyAnalysis('This is a news article.', url),
    isArticle: true,
    article: { title: text.slice(0, 40), siteName, byline: null, published, lang: 'en', text },
    quotes: extractQuotes(text),
  };
  const article = buildLibraryArticle(analysis, readAt);
  if (!article) throw new Error('articleFromText: not kept');
  return article;
}
