// Is this Document a news article? Cheap signals first (what the page says about itself and
// the shape of its text), rejections of newsy non-articles next, and Readability's
// isProbablyReaderable last, only for pages that passed or left the question open.
// Never throws: an empty, text-less or non-HTML document is "not an article" with a reason.
import { isProbablyReaderable } from '@mozilla/readability';
import { readPageFacts, type PageFacts } from './readPageFacts';
import { hasVisibleText } from './hasVisibleText';
import { nonArticleReason } from './nonArticle/nonArticleReason';
import { findByline } from './findByline';
import { resolvePageUrl } from './resolvePageUrl';
import { textWeight } from './textWeight';
import { isShownElement } from './isShownElement';
import { looseProseReadable } from './looseProseReadable';

export interface Detection {
  /** Whether the page is a news article. */
  isArticle: boolean;
  /** Why, in plain words. */
  reason: string;
  /** The page's canonical or og:url, if it states one (else its own http(s) address). */
  url: string | null;
  /** The signals that spoke for an article ("JSON-LD NewsArticle", "og:type article", …). */
  signals: string[];
  /**
   * What detection read off an article page (DOM references included), so extraction need not
   * read it again. Stays in the content script: never part of an Analysis or a message.
   */
  facts?: PageFacts;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Least body text (weighted characters) for a page that declares itself an article. */
const MIN_DECLARED = 400;
/**
 * Least body text for a page whose JSON-LD names it one article: the strongest declaration, and
 * the one a paywalled page keeps, with only its first two paragraphs shown (about 350 characters).
 */
const MIN_NAMED = 300;
/** Least body text for a page that does not, where only the text's shape can speak. */
const MIN_UNDECLARED = 1000;

/** Signals a page gives that it is an article, in plain words, strongest first. */
export function articleSignals(facts: PageFacts): string[] {
  const { articleNode, meta, scan } = facts;
  const signals: string[] = [];
  if (articleNode) signals.push(`JSON-LD ${articleNode.types.join('/')}`);
  if (meta.ogType === 'article') signals.push('og:type article');
  if (facts.microdataArticle) signals.push('microdata marking its body as an article');
  if (meta.publishedTime || articleNode?.datePublished) signals.push('a publication time');
  if (scan.articleElements > 0) signals.push('an <article> element');
  if (findByline(articleNode, meta, scan.bylineText)) signals.push('a byline');
  return signals;
}

/**
 * An SVG or XML file handed to an HTML parser (a saved chart or feed opened as .html, or read by
 * the CLI) becomes an HTML document whose first node is the "<?xml" declaration as a comment, or
 * whose body holds nothing but an <svg>. Says what it really is, or null.
 */
function xmlParsedAsHtml(doc: Document): string | null {
  const body = doc.body;
  const only = body?.firstElementChild;
  if (only && only === body.lastElementChild && only.namespaceURI === 'http://www.w3.org/2000/svg') return 'an SVG image';
  const first = doc.firstChild;
  // An XHTML page (a mobile template's "<?xml …?><!DOCTYPE html PUBLIC …XHTML…>") starts the same
  // way, but its doctype names html: a browser shows it as the web page it is.
  if (doc.doctype?.name.toLowerCase() === 'html') return null;
  if (first?.nodeType === 8 && /^\?xml\b/.test((first as Comment).data)) {
    const root = body?.firstElementChild?.localName;
    return root ? `an XML document (<${root}>)` : 'an XML document';
  }
  return null;
}

function notArticle(reason: string, url: string | null = null): Detection {
  return { isArticle: false, reason, url, signals: [] };
}

function readerable(doc: Document, { prose, scan }: PageFacts, relaxed: boolean): boolean {
  // For pages that declare themselves articles, a shorter text suffices (short reports). Readability
  // counts characters, so paragraphs in CJK scripts (a third as many characters for the same
  // content) get thresholds scaled by how "wide" the main prose is.
  const sample = prose.container?.textContent ?? '';
  const wideness = sample.length ? Math.max(1, textWeight(sample) / sample.length) : 1;
  const minContentLength = Math.round((relaxed ? 80 : 140) / wideness);
  const minScore = Math.round((relaxed ? 10 : 20) / Math.sqrt(wideness));
  return (
    isProbablyReaderable(doc, { minContentLength, minScore, visibilityChecker: isShownElement }) ||
    looseProseReadable(scan.paragraphs, prose, minContentLength, minScore)
  );
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function detect(doc: Document): Detection {
  const root = doc.documentElement;
  if (!root) return notArticle('The document is empty.');
  if (root.namespaceURI !== XHTML) {
    const kind = root.localName === 'svg' ? 'an SVG image' : `an XML document (<${root.localName}>)`;
    return notArticle(`This is not a web page but ${kind}.`);
  }
  if (doc.contentType && !/html/i.test(doc.contentType)) return notArticle(`This is not a web page but a ${doc.contentType} file.`);
  const misparsed = xmlParsedAsHtml(doc);
  if (misparsed) return notArticle(`This is not a web page but ${misparsed}.`);
  if (!doc.body || !hasVisibleText(doc)) {
    const hasMarkup = !!doc.head?.children.length || !!doc.body?.children.length;
    return notArticle(hasMarkup ? 'The page has no body text to read.' : 'The document is empty.');
  }

  const facts = readPageFacts(doc);
  const { articleNode, meta, prose } = facts;
  const url = resolvePageUrl(doc, [meta.canonical, meta.ogUrl, articleNode?.url ?? null]);
  const rejected = nonArticleReason(facts);
  if (rejected) return notArticle(rejected, url);
  if (prose.paragraphs === 0) {
    return notArticle('The page has text, but no paragraphs of article prose.', url);
  }

  const signals = articleSignals(facts);
  const declared = signals.length > 0;
  if (prose.weight < (articleNode ? MIN_NAMED : declared ? MIN_DECLARED : MIN_UNDECLARED)) {
    return notArticle(`The page has too little body text for an article (${prose.paragraphs} short paragraph${prose.paragraphs === 1 ? '' : 's'}).`, url);
  }
  // Readability's reader check scores <p>-like nodes only, so it vetoes articles whose body is
  // loose text (readLooseText); a page that declares itself an article and has a long body of
  // several paragraphs needs no second opinion.
  const plainlyArticle = declared && prose.paragraphs >= 3 && prose.weight >= MIN_UNDECLARED;
  if (!plainlyArticle && !readerable(doc, facts, declared)) {
    return notArticle('The page does not read as continuous article text.', url);
  }
  const reason = declared
    ? `This is a news article: the page has ${listWords(signals)}, and ${prose.paragraphs} paragraphs of body text.`
    : `This reads like an article (${prose.paragraphs} paragraphs of body text), though the page does not label itself as one.`;
  return { isArticle: true, reason, url, signals, facts };
}

export function detectArticle(doc: Document): Detection {
  try {
    return detect(doc);
  } catch (error) {
    // A page can be arbitrarily malformed; the reader still deserves an answer.
    return notArticle(`The page could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}
