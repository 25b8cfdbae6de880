// Which schema.org types name a news article, and which name a page that is not one.

/** Types a news or blog article declares (schema.org's Article subtypes that news sites use). */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'Article',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

/** Types that mean the page itself is something other than an article, with the words to say so. */
export const NON_ARTICLE_TYPES: ReadonlyMap<string, string> = new Map([
  ['SearchResultsPage', 'a search results page'],
  ['DiscussionForumPosting', 'a forum thread'],
  ['QAPage', 'a question-and-answer thread'],
  ['Product', 'a shop page for a product'],
  ['ProfilePage', 'a profile page'],
  ['CollectionPage', 'a section page listing other articles'],
]);

/** True when any of the types is an article type. */
export function isArticleType(types: readonly string[]): boolean {
  return types.some((t) => ARTICLE_TYPES.has(t));
}
