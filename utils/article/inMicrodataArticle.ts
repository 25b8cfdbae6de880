// Whether a block of prose sits in an article that says so in schema.org microdata: inside an
// element marked itemprop="articleBody", or whose nearest itemscope has an article type
// (itemtype="http://schema.org/Article", BlogPosting, NewsArticle…). WordPress themes mark their
// posts up so, with no JSON-LD and no og:type; it is the same declaration in other markup. The
// nearest itemscope decides, so a reader's comment (itemtype Comment) nested inside the article's
// scope is not the article.
import { isArticleType } from './articleTypes';

export function inMicrodataArticle(el: Element | null): boolean {
  for (let node = el; node; node = node.parentElement) {
    if (!node.hasAttributes()) continue;
    if ((node.getAttribute('itemprop') ?? '').split(/\s+/).includes('articleBody')) return true;
    const itemtype = node.getAttribute('itemtype');
    if (itemtype !== null && node.hasAttribute('itemscope')) {
      // "http://schema.org/BlogPosting https://schema.org/Article": the last part of each URL.
      return isArticleType(itemtype.split(/\s+/).map((url) => url.replace(/\/+$/, '').split('/').pop() ?? ''));
    }
  }
  return false;
}
