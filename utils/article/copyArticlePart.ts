// The part of a too-large page that holds its article, copied into a small document of its own,
// so a page of any size or depth is read when its article is of ordinary size: a long comment
// thread, an endless "more stories" section or a page builder's nesting no longer make the
// whole page unreadable. The work is bounded, not the page: the copy stops at a share of the
// limits (text read, elements copied), and nesting beyond a depth is flattened (its wrappers
// dropped, their contents kept), so what follows reads at most that much. The live page is
// never changed.
import { TEXTLESS_ELEMENTS } from './textlessElements';

/** How much of a page the copy may hold. */
export interface PartBounds {
  maxElements: number;
  maxTextChars: number;
  maxDepth: number;
}

/** Where an article's body sits, most specific first. */
const ARTICLE_ROOTS = '[itemprop~="articleBody"], article, main, [role="main"]';
/** What of <head> the readers downstream look at: title, metadata, canonical link, JSON-LD. */
const HEAD_KEPT = new Set(['title', 'meta', 'link', 'base']);

/**
 * Characters of paragraph text under `el`, counted until `cap` (so a huge element costs no more
 * than the cap). A TreeWalker, not getElementsByTagName: jsdom's live collection made this walk
 * over a 3 MB live blog take seconds.
 */
function paragraphText(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 0x1); // NodeFilter.SHOW_ELEMENT
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).localName !== 'p') continue;
    total += node.textContent?.length ?? 0;
    if (total >= cap) return cap;
  }
  return total;
}

/**
 * The element that holds the article: of the article-like elements (articleBody, <article>,
 * <main>), the one with the most paragraph text, or the innermost one holding nearly as much
 * (an <article> inside <main>); the body when there is none.
 */
function articleRoot(doc: Document, cap: number): Element {
  const body = doc.body!;
  const candidates = [...doc.querySelectorAll(ARTICLE_ROOTS)].map((el) => ({ el, text: paragraphText(el, cap) }));
  const best = Math.max(0, ...candidates.map((c) => c.text));
  if (best === 0) return body;
  const strong = candidates.filter((c) => c.text >= best * 0.8);
  // querySelectorAll lists in document order, so an inner element comes after the one holding it.
  return strong.reduce((inner, c) => (inner.el.contains(c.el) ? c : inner)).el;
}

function copyHead(doc: Document, copy: Document): void {
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    const name = el.localName;
    const jsonLd = name === 'script' && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json';
    if (HEAD_KEPT.has(name) || jsonLd) copy.head.appendChild(copy.importNode(el, true));
  }
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value !== null) copy.documentElement.setAttribute(name, value);
  }
}

/**
 * A document holding the head's metadata and the article's part of the body of `doc`, within
 * `bounds`; null when the page has no body. Iterative (a stack, not recursion), so no nesting
 * depth can overflow it.
 */
export function copyArticlePart(doc: Document, bounds: PartBounds): Document | null {
  if (!doc.body || !doc.documentElement) return null;
  const copy = doc.implementation.createHTMLDocument('');
  copyHead(doc, copy);
  // JSON-LD in the body (many sites put it there) is metadata too.
  for (const script of doc.body.querySelectorAll('script[type="application/ld+json"]')) copy.head.appendChild(copy.importNode(script, true));
  const root = articleRoot(doc, bounds.maxTextChars);
  let elements = 0;
  let chars = 0;
  // Each entry: a node of the page, the copy's element to append its copy to, and that element's depth.
  const stack: Array<[Node, Element, number]> = [];
  const pushChildren = (node: Node, into: Element, depth: number): void => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push([child, into, depth]);
  };
  const top = root === doc.body ? copy.body : copy.body.appendChild(copy.importNode(root, false));
  pushChildren(root, top, 1);
  while (stack.length && elements < bounds.maxElements && chars < bounds.maxTextChars) {
    const [node, into, depth] = stack.pop()!;
    if (node.nodeType === 3) {
      const text = (node as Text).data;
      chars += text.length;
      into.appendChild(copy.createTextNode(text));
    } else if (node.nodeType === 1 && !TEXTLESS_ELEMENTS.has((node as Element).localName)) {
      if (depth >= bounds.maxDepth) {
        // Too deep: keep the contents, drop the wrapper.
        pushChildren(node, into, depth);
        continue;
      }
      elements++;
      pushChildren(node, into.appendChild(copy.importNode(node, false)) as Element, depth + 1);
    }
  }
  return copy;
}
