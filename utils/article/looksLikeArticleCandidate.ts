// The cheapest pre-check, for the content script to run on every page before anything else:
// no Readability, no walk over the text. It only answers "worth a closer look?"; a false
// positive costs one detectArticle call, a false negative hides the extension, so it is loose.
import { ARTICLE_TYPES, isArticleType } from './articleTypes';

const ARTICLE_JSONLD = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const MAX_PARAGRAPHS_SCANNED = 60;
const LONG_PARAGRAPHS_NEEDED = 3;
/** schema.org microdata of an article: a body marked articleBody, or an itemscope of an article type. */
const MICRODATA_ARTICLE = ['[itemprop~="articleBody"]', ...[...ARTICLE_TYPES].map((type) => `[itemscope][itemtype$="/${type}"]`)].join(', ');

function declaresArticleType(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = script.textContent ?? '';
    for (const match of text.matchAll(ARTICLE_JSONLD)) {
      const types = (match[1] ?? '').match(/[A-Za-z]+(?=")/g) ?? [];
      if (isArticleType(types)) return true;
    }
  }
  return false;
}

export function looksLikeArticleCandidate(doc: Document): boolean {
  if (!doc.documentElement || doc.documentElement.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !doc.body) return false;
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  if (doc.querySelector('meta[property="article:published_time" i]')) return true;
  if (declaresArticleType(doc)) return true;
  if (doc.querySelector('article')) return true;
  if (doc.querySelector(MICRODATA_ARTICLE)) return true;
  // No label: a few long paragraphs still make a candidate. Looks at a bounded number only.
  const paragraphs = doc.getElementsByTagName('p');
  let long = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS_SCANNED; i++) {
    if ((paragraphs[i]!.textContent ?? '').length >= 120 && ++long >= LONG_PARAGRAPHS_NEEDED) return true;
  }
  return false;
}
