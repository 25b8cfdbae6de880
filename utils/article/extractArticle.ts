// Extracts the article from a Document: Readability on a COPY of the article's part of the page
// (copyArticleScope: the live page is never changed), page furniture left out before and
// stripped after, the body returned as plain-text paragraphs joined by "\n\n", every character
// of each real paragraph kept as the page has it.
import { TagListReadability } from './TagListReadability';
import type { ArticleInfo } from '../types';
import { readPageFacts, type PageFacts } from './readPageFacts';
import { readBlocks } from './readBlocks';
import { stripFurniture } from './stripFurniture';
import { findByline } from './findByline';
import { toIsoDate } from './toIsoDate';
import { squash } from '../text/isFurniture';
import { copyArticleScope, type CopyPage } from './copyArticleScope';

function findLang(doc: Document, locale: string | null, jsonLang: string | null, readabilityLang: string | null | undefined): string | null {
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const raw = htmlLang || locale?.replace('_', '-') || jsonLang || readabilityLang || null;
  return raw ? raw.trim() : null;
}

function findPublished(doc: Document, jsonDate: string | null, metaDate: string | null, readabilityDate: string | null | undefined): string | null {
  for (const candidate of [jsonDate, metaDate, readabilityDate ?? null]) {
    const iso = toIsoDate(candidate);
    if (iso) return iso;
  }
  // Only when the metadata has no date: a selector list this long is slow in jsdom.
  const timeEl = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], header time[datetime], time[datetime]');
  return toIsoDate(timeEl?.getAttribute('datetime') ?? null);
}

/**
 * The article in `doc`, or null when no readable body can be found. Never throws, never changes
 * `doc`. `facts` are what detection already read off this page (read again when absent);
 * `copyPage` makes the copy Readability reads (tests compare the scoped copy with the whole page).
 */
export function extractArticle(doc: Document, facts?: PageFacts, copyPage: CopyPage = copyArticleScope): ArticleInfo | null {
  try {
    return extract(doc, facts ?? readPageFacts(doc), copyPage);
  } catch {
    // Arbitrarily malformed pages can trip the parser; "nothing extracted" is the honest answer.
    return null;
  }
}

function extract(doc: Document, { articleNode, meta, scan, prose }: PageFacts, copyPage: CopyPage): ArticleInfo | null {
  if (!doc.documentElement || !doc.body) return null;
  const main = prose.container;

  const copy = copyPage(doc, main, scan.paragraphs);
  // The serializer hands back the content element itself: no HTML string is made or parsed.
  // JSON-LD is off because readJsonLd has already read it (from the whole page, not the copy).
  // Classes are kept because only the text is read: stripping them changes an attribute on every
  // element, and each change empties jsdom's selector caches.
  const parsed = new TagListReadability<Element>(copy.doc, { serializer: (node) => node as Element, charThreshold: 300, disableJSONLD: true, keepClasses: true }).parse();
  if (!parsed?.content) return null;

  const title = squash(articleNode?.headline ?? parsed.title ?? meta.ogTitle ?? doc.title ?? '');
  const byline = findByline(articleNode, meta, scan.bylineText) ?? (parsed.byline ? squash(parsed.byline) : null);
  const paragraphs = stripFurniture(readBlocks(parsed.content), {
    titles: [title, meta.ogTitle ?? '', scan.h1Text ?? ''],
    descriptions: [meta.description ?? '', meta.ogDescription ?? ''],
    byline,
  });
  if (!paragraphs.length) return null;
  return {
    title,
    siteName: meta.siteName ?? articleNode?.publisher ?? parsed.siteName ?? null,
    byline,
    published: findPublished(doc, articleNode?.datePublished ?? null, meta.publishedTime, parsed.publishedTime),
    lang: findLang(doc, meta.locale, articleNode?.inLanguage ?? null, parsed.lang),
    text: paragraphs.join('\n\n'),
  };
}
