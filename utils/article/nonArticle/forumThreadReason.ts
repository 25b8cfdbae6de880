// A forum thread: several posts by different people, with the page's main prose inside one of
// them (often an article pasted in a quote box). News articles have comment threads too, but
// there the body sits outside the comments, so the position of the main prose decides.
import type { PageFacts } from '../readPageFacts';

const REASON = 'This is a forum thread: posts by readers, one of them quoting an article, not the article itself.';
export function forumThreadReason({ jsonLd, articleNode, prose, scan }: PageFacts): string | null {
  if (!articleNode && jsonLd.some((node) => node.types.includes('DiscussionForumPosting') || node.types.includes('QAPage'))) return REASON;
  // Post containers (schema.org DiscussionForumPosting/Comment, data-author, class "post"…), outermost only.
  const posts = scan.posts;
  if (posts.length < 3) return null;
  const main = prose.container;
  if (main && !posts.some((post) => post.contains(main))) return null;
  if (main && main.closest('article') && articleNode) return null;
  return REASON;
}
