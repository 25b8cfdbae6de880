// Who wrote the article, as the page states it: JSON-LD author, <meta name=author>, then the
// visible byline element (found by the page scan). Organisation names given as author
// ("Sky News") are kept: that is what the page says.
import type { JsonLdNode } from './readJsonLd';
import type { PageMeta } from './readPageMeta';

/** "By Jane Smith" -> "Jane Smith"; whitespace collapsed. */
export function cleanByline(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim().replace(/^(by|von|par|por|di|door|بقلم)\s+/i, '').trim();
}

export function findByline(article: JsonLdNode | null, meta: PageMeta, visibleByline: string | null): string | null {
  if (article && article.authors.length) return article.authors.join(', ');
  if (meta.author && !/^https?:/i.test(meta.author)) return cleanByline(meta.author);
  const visible = visibleByline ? cleanByline(visibleByline) : '';
  return visible || null;
}
