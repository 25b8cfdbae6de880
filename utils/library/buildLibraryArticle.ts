// Analysis -> the record the library keeps, or null when the page is not one to keep: only
// pages detected as news articles, read without a problem, with some text.
import type { Analysis } from '../types';
import { hashString } from '../text/hashString';
import { LIBRARY_FORMAT_VERSION, LIBRARY_KIND, type LibraryArticle } from './libraryArticle';
import { canonicalUrl } from './canonicalUrl';
import { libraryArticleId } from './libraryArticleId';
import { libraryIndexEntries } from './libraryIndexEntries';
import { siteOf } from './siteOf';
import { UNNAMED_OUTLET } from './unnamedOutlet';

/** `readAt`: when the reader read it, as an ISO 8601 time. */
export function buildLibraryArticle(analysis: Analysis, readAt: string): LibraryArticle | null {
  const article = analysis.article;
  if (!analysis.isArticle || !article || analysis.problem || article.text.trim() === '') return null;
  const url = canonicalUrl(analysis.url);
  const site = siteOf(url);
  // Without a URL the text itself identifies the article: the same saved page read twice is one.
  const id = libraryArticleId(url ?? `text:${hashString(article.text).toString(36)}:${article.text.length}:${article.title}`);
  const quotes = analysis.quotes.map((q) => ({ ...q }));
  return {
    kind: LIBRARY_KIND,
    version: LIBRARY_FORMAT_VERSION,
    id,
    url,
    site,
    outlet: article.siteName?.trim() || site || UNNAMED_OUTLET,
    title: article.title,
    byline: article.byline,
    published: article.published,
    lang: article.lang,
    readAt,
    text: article.text,
    quotes,
    credits: [...analysis.credits],
    index: libraryIndexEntries(article.text, quotes),
  };
}
