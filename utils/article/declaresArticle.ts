// Whether the page says of itself that it is one article: a JSON-LD article type, og:type
// article, or schema.org microdata around its main prose. Checks that would take a page for a
// list of headlines or a forum thread give way to this, when the page has a body of its own.
import type { PageFacts } from './readPageFacts';

export function declaresArticle({ articleNode, meta, microdataArticle }: PageFacts): boolean {
  return articleNode !== null || meta.ogType === 'article' || microdataArticle;
}
