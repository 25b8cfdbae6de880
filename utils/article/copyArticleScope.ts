// The copy of the page that Readability reads. Readability changes the document it reads, so
// it must get a copy; copying the whole page (menus, footers, teaser rails, scripts) and letting
// Readability score all of it cost more than everything else we do put together. So the copy
// holds only what Readability needs:
// - from <head>, the title and the metadata Readability reads (scripts, styles and JSON-LD stay
//   behind: Readability would only remove them, and readJsonLd has read the JSON-LD already);
// - from <body>, the smallest element that surely holds the whole article: the <article> or
//   <main> around the main prose, else the prose container's parent (which also holds a headline
//   or byline beside the body). When that would leave out prose the page has elsewhere, the
//   whole body is copied instead;
// - no furniture elements (isFurnitureElement), except one that holds the main prose, no
//   comments, and no blank text between blocks (it renders as nothing, and left in, it doubled
//   the nodes Readability walks). The part is imported deep in one call (a browser clones
//   natively), then pruned.
import { BLOCK_ELEMENTS } from './blockElements';
import { isFurnitureElement } from './isFurnitureElement';

/** What Readability reads in <head>: the title, the base for links and metadata (below). */
const HEAD_KEPT = new Set(['title', 'meta', 'base']);
/** The metadata Readability reads: author, creator, description, published time, title, site name (in any vocabulary); the rest (viewport, og:image, …) is left behind. */
const META_READ = /author|creator|description|published_time|pub-date|title|site_name/i;

/** How much of the page's prose (by weight) the scope must hold to be trusted. */
const MIN_PROSE_SHARE = 0.8;

// Elements around which blank text renders as nothing: blocks, and elements never rendered.
const BLOCKS = new Set([...BLOCK_ELEMENTS, 'script', 'style', 'noscript', 'template']);
const BLANK = /^[ \t\n\r\f]*$/;

export interface ArticleCopy {
  /** A document Readability may change: title, metadata and the article's part of the body. */
  doc: Document;
  /** The prose container's counterpart inside the copy. */
  main: Element | null;
  /** Whether only part of the body was copied. */
  scoped: boolean;
}

/** How extraction copies the page for Readability (copyArticleScope, or copyWholePage to compare). */
export type CopyPage = (doc: Document, main: Element | null, prose: ReadonlyArray<{ el: Element; weight: number }>) => ArticleCopy;

const isBlankOrComment = (node: Node): boolean => node.nodeType === 8 || (node.nodeType === 3 && BLANK.test((node as Text).data));

/** Whether the nearest sibling that is neither a comment nor blank text (or the parent's edge) is a block. */
function blockBeside(node: Node, next: boolean): boolean {
  let sibling = next ? node.nextSibling : node.previousSibling;
  while (sibling && isBlankOrComment(sibling)) sibling = next ? sibling.nextSibling : sibling.previousSibling;
  return sibling === null || (sibling.nodeType === 1 && BLOCKS.has((sibling as Element).localName));
}

/** The path from `root` down to `el`, as child indexes, to find the same element in a copy. */
function pathBetween(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    let index = 0;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    path.unshift(index);
  }
  return path;
}

function follow(root: Element, path: readonly number[]): Element | null {
  let node: Element | null = root;
  for (const index of path) node = node?.children[index] ?? null;
  return node;
}

/**
 * Removes furniture, comments and blank text between blocks from the children of `el` (in the
 * copy), keeping `keep` and what holds it. Each parent's children are judged as they stand,
 * then removed, so a removal never changes what its neighbours see.
 */
function prune(el: Element, keep: Element | null, inPre: boolean): void {
  const doomed: Node[] = [];
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if (!inPre && BLANK.test((child as Text).data) && blockBeside(child, false) && blockBeside(child, true)) doomed.push(child);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      const holdsKeep = keep !== null && element.contains(keep);
      if (!holdsKeep && isFurnitureElement(element)) doomed.push(element);
      else prune(element, holdsKeep ? keep : null, inPre || element.localName === 'pre');
    } else {
      doomed.push(child);
    }
  }
  for (const node of doomed) el.removeChild(node);
}

function copyOf(doc: Document, scope: Element, main: Element | null, scoped: boolean): ArticleCopy {
  // A fresh HTML document. (Not doc.cloneNode(false): jsdom gives such a document slow paths.)
  const copy = doc.implementation.createHTMLDocument('');
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value !== null) copy.documentElement.setAttribute(name, value);
  }
  const head: Node[] = [];
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (!HEAD_KEPT.has(el.localName)) continue;
    if (el.localName === 'meta' && !META_READ.test(`${el.getAttribute('property') ?? ''} ${el.getAttribute('name') ?? ''}`)) continue;
    head.push(copy.importNode(el, true));
  }
  copy.head.replaceChildren(...head);
  // One deep import (a browser clones natively), then the pruning walk over the copy while it is
  // still detached: removing nodes from a subtree outside any document costs jsdom less.
  const top = copy.importNode(scope, true);
  const copyMain = main && scope.contains(main) ? follow(top, pathBetween(scope, main)) : null;
  prune(top, copyMain, top.localName === 'pre');
  if (scope === doc.body) copy.documentElement.replaceChild(top, copy.body);
  else copy.body.appendChild(top);
  return { doc: copy, main: copyMain, scoped };
}

/** A copy of the whole body: what Readability reads when the article's part cannot be trusted. */
export function copyWholePage(doc: Document, main: Element | null): ArticleCopy {
  return copyOf(doc, doc.body, main, false);
}

/** The smallest element around `main` that should hold the whole article. */
function scopeOf(main: Element): Element {
  const landmark = main.closest('article, main');
  if (landmark && landmark.localName !== 'body') return landmark;
  const parent = main.parentElement;
  return parent && parent !== main.ownerDocument.body ? parent : main;
}

/**
 * A copy of `doc` for Readability. `prose` lists the page's prose paragraphs with their
 * weights (from scanPage), to check that the scope holds nearly all of them.
 */
export function copyArticleScope(doc: Document, main: Element | null, prose: ReadonlyArray<{ el: Element; weight: number }>): ArticleCopy {
  if (!main || !doc.body || main === doc.body || !doc.body.contains(main)) return copyWholePage(doc, main);
  const scope = scopeOf(main);
  let total = 0;
  let inside = 0;
  for (const { el, weight } of prose) {
    total += weight;
    if (scope.contains(el)) inside += weight;
  }
  if (total === 0 || inside / total < MIN_PROSE_SHARE) return copyWholePage(doc, main);
  return copyOf(doc, scope, main, true);
}
