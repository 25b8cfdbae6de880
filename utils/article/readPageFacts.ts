// Everything detection reads from a page, gathered once so each check stays a small pure rule.
import { readJsonLd, type JsonLdNode } from './readJsonLd';
import { readPageMeta, type PageMeta } from './readPageMeta';
import { findMainProse, type MainProse } from './findMainProse';
import { scanPage, type PageScan } from './scanPage';
import { isArticleType } from './articleTypes';
import { inMicrodataArticle } from './inMicrodataArticle';

/** What detection knows about a page. */
export interface PageFacts {
  doc: Document;
  jsonLd: JsonLdNode[];
  /** The first JSON-LD node whose type is an article type, if any. */
  articleNode: JsonLdNode | null;
  meta: PageMeta;
  scan: PageScan;
  prose: MainProse;
  /** The main prose sits in a schema.org microdata article (itemprop=articleBody, itemtype Article…). */
  microdataArticle: boolean;
}

export function readPageFacts(doc: Document): PageFacts {
  const jsonLd = readJsonLd(doc);
  const scan = scanPage(doc);
  const articleNode = jsonLd.find((node) => isArticleType(node.types)) ?? null;
  // A live blog's body is its list of entries, not its longest entry.
  const prose = findMainProse(scan.paragraphs, articleNode?.types.includes('LiveBlogPosting') ?? false);
  return { doc, jsonLd, articleNode, meta: readPageMeta(doc), scan, prose, microdataArticle: inMicrodataArticle(prose.container) };
}
