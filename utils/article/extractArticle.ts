// Placeholder until the extraction work lands: Readability on a clone.
import { Readability } from '@mozilla/readability';
import type { ArticleInfo } from '../types';

export function extractArticle(doc: Document): ArticleInfo | null {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed?.textContent) return null;
  return {
    title: parsed.title ?? '',
    siteName: parsed.siteName ?? null,
    byline: parsed.byline ?? null,
    published: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    text: parsed.textContent.trim(),
  };
}
