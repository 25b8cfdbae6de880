// Which pages of Readability's test suite are news articles, which are pages that must NOT be
// read as one, and (by omission) which are neither: blog posts, documentation, encyclopedia
// entries and the suite's synthetic markup tests, reported but not scored.
// Decided page by page from each saved page's outlet, title and content (names only here).

/** Articles from news outlets and news magazines (including tech news). */
export const READABILITY_NEWS = new Set([
  'aktualne', 'ars-1', 'bbc-1', 'breitbart', 'bug-1255978', 'buzzfeed-1', 'citylab-1', 'cnet', 'cnet-svg-classes', 'cnn',
  'engadget', 'folha', 'gmw', 'guardian-1', 'heise', 'herald-sun-1', 'la-nacion', 'lazy-image-2', 'lemonde-1', 'liberation-1',
  'medicalnewstoday', 'msn', 'nytimes-1', 'nytimes-2', 'nytimes-3', 'nytimes-4', 'qq', 'quanta-1', 'salon-1',
  'schema-org-context-object', 'seattletimes-1', 'telegraph', 'theverge', 'tmz-1', 'wapo-1', 'wapo-2', 'webmd-1', 'wikia',
  'wordpress', 'yahoo-1', 'yahoo-2', 'yahoo-3', 'yahoo-4', 'youth',
]);

/**
 * News front pages: reading one as an article would be wrong. (yahoo-2 is saved with an AP story
 * open over the front page, and Readability's expected output is that story: it is an article.)
 */
export const READABILITY_FRONTS = new Set(['nytimes-5']);

export type Label = 'news' | 'front' | 'unlabelled';

/** A page's label, when the folder is Readability's suite; every benchmark page is a news article. */
export function labelOf(suite: 'readability' | 'benchmark' | 'folder', name: string): Label {
  if (suite === 'benchmark') return 'news';
  if (suite === 'readability') return READABILITY_NEWS.has(name) ? 'news' : READABILITY_FRONTS.has(name) ? 'front' : 'unlabelled';
  return 'unlabelled';
}
