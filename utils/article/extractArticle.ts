// Extracts the article from a Document: Readability on a CLONE (the live page is never changed),
// page furniture removed before and after, the body returned as plain-text paragraphs joined by
// "\n\n", every character of each real paragraph kept as the page has it.
import { Readability } from '@mozilla/readability';
import type { ArticleInfo } from '../types';
import { readJsonLd } from './readJsonLd';
import { isArticleType } from './articleTypes';
import { metaContent, readPageMeta } from './readPageMeta';
import { findMainProse } from './findMainProse';
import { scanPage } from './scanPage';
import { removeFurnitureElements } from './removeFurnitureElements';
import { readBlocks } from './readBlocks';
import { stripFurniture } from './stripFurniture';
import { findByline } from './findByline';
import { toIsoDate } from './toIsoDate';
import { squash } from './isFurniture';

/** The path from the root element to `el`, as child indexes, to find the same element in a clone. */
function pathTo(el: Element): number[] {
  const path: number[] = [];
  let node: Element | null = el;
  while (node?.parentElement) {
    let index = 0;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    path.unshift(index);
    node = node.parentElement;
  }
  return path;
}

function follow(root: Element, path: readonly number[]): Element | null {
  let node: Element | null = root;
  for (const index of path) node = node?.children[index] ?? null;
  return node;
}

function findLang(doc: Document, locale: string | null, jsonLang: string | null, readabilityLang: string | null | undefined): string | null {
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const raw = htmlLang || locale?.replace('_', '-') || jsonLang || readabilityLang || null;
  return raw ? raw.trim() : null;
}

function findPublished(doc: Document, jsonDate: string | null, metaDate: string | null, readabilityDate: string | null | undefined): string | null {
  const timeEl = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], header time[datetime], time[datetime]');
  for (const candidate of [jsonDate, metaDate, readabilityDate ?? null, timeEl?.getAttribute('datetime') ?? null]) {
    const iso = toIsoDate(candidate);
    if (iso) return iso;
  }
  return null;
}

/** The article in `doc`, or null when no readable body can be found. Never throws, never changes `doc`. */
export function extractArticle(doc: Document): ArticleInfo | null {
  try {
    return extract(doc);
  } catch {
    // Arbitrarily malformed pages can trip the parser; "nothing extracted" is the honest answer.
    return null;
  }
}

function extract(doc: Document): ArticleInfo | null {
  if (!doc.documentElement || !doc.body) return null;
  const jsonLd = readJsonLd(doc);
  const articleNode = jsonLd.find((node) => isArticleType(node.types)) ?? null;
  const meta = readPageMeta(doc);
  const scan = scanPage(doc);
  const main = findMainProse(scan.paragraphs).container;

  const clone = doc.cloneNode(true) as Document;
  const mainInClone = main ? follow(clone.documentElement, pathTo(main)) : null;
  removeFurnitureElements(clone, mainInClone);
  // The serializer hands back the content element itself: no HTML string is made or parsed.
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, charThreshold: 300 }).parse();
  if (!parsed?.content) return null;

  const title = squash(articleNode?.headline ?? parsed.title ?? meta.ogTitle ?? doc.title ?? '');
  const byline = findByline(articleNode, meta, scan.bylineText) ?? (parsed.byline ? squash(parsed.byline) : null);
  const paragraphs = stripFurniture(readBlocks(parsed.content), {
    titles: [title, meta.ogTitle ?? '', doc.querySelector('h1')?.textContent ?? ''],
    descriptions: [metaContent(doc, ['description']) ?? '', metaContent(doc, ['og:description', 'twitter:description']) ?? ''],
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
