// Placeholder until the detection work lands: Readability's reader check only.
import { isProbablyReaderable } from '@mozilla/readability';

export interface Detection {
  /** Whether the page is a news article. */
  isArticle: boolean;
  /** Why, in plain words. */
  reason: string;
  /** The page's canonical or og:url, if it states one. */
  url: string | null;
}

export function detectArticle(doc: Document): Detection {
  const ok = !!doc.body && isProbablyReaderable(doc);
  return { isArticle: ok, reason: ok ? 'The page reads like an article.' : 'The page has no article text.', url: null };
}
