// A forum thread: several posts by different people, with the page's main prose inside one of
// them (often an article pasted in a quote box). News articles have comment threads too, but
// there the body sits outside the comments, so the position of the main prose decides.
import type { PageFacts } from '../readPageFacts';
import { declaresArticle } from '../declaresArticle';

const REASON = 'This is a forum thread: posts by readers, one of them quoting an article, not the article itself.';
/** Where a reader's post or comment is marked up as one (the article body never is). */
const IN_COMMENT = '[itemtype*="Comment"], [itemtype*="DiscussionForumPosting"]';

export function forumThreadReason(facts: PageFacts): string | null {
  const { jsonLd, articleNode, prose, scan } = facts;
  if (!articleNode && jsonLd.some((node) => node.types.includes('DiscussionForumPosting') || node.types.includes('QAPage'))) return REASON;
  // Post containers (schema.org DiscussionForumPosting/Comment, data-author, class "post"…), outermost only.
  const posts = scan.posts;
  if (posts.length < 3) return null;
  const main = prose.container;
  // A page that declares itself an article and has no prose at all is no thread either: it gets
  // the plain "no article prose" answer rather than a wrong kind.
  if (!main && articleNode) return null;
  if (main && !posts.some((post) => post.contains(main))) return null;
  // A page that says it is an article, whose body sits in a "post" container that is not a
  // comment (blog templates call the article itself a post), is the article with its comments;
  // WordPress themes say so in microdata (itemprop=articleBody) rather than JSON-LD.
  if (main && declaresArticle(facts) && !main.closest(IN_COMMENT)) return null;
  return REASON;
}
