// Who wrote the article, as the page states it: JSON-LD author, <meta name=author>, then the
// visible byline element. Organisation names given as author ("Sky News") are kept: that is
// what the page says.
import type { JsonLdNode } from './readJsonLd';
import type { PageMeta } from './readPageMeta';

const BYLINE_SELECTOR = '[rel~="author"], [itemprop~="author"], .byline, .author, .author-name, .article-byline, [class*="byline" i]';
const MAX_BYLINE = 120;

/** "By Jane Smith" -> "Jane Smith"; whitespace collapsed. */
export function cleanByline(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim().replace(/^(by|von|par|por|di|door)\s+/i, '').trim();
}

export function findByline(doc: Document, article: JsonLdNode | null, meta: PageMeta): string | null {
  if (article && article.authors.length) return article.authors.join(', ');
  if (meta.author && !/^https?:/i.test(meta.author)) return cleanByline(meta.author);
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR))) {
    if (el.closest('nav, footer, aside, [class*="comment" i]')) continue;
    const text = cleanByline(el.textContent ?? '');
    if (text && text.length <= MAX_BYLINE) return text;
  }
  return null;
}
