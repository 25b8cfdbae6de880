// A copy of just the part of the page that holds the article, for Readability to read.
// Readability changes the document it reads, so it must get a copy; copying the whole page
// (menus, footers, teaser rails, scripts) and letting Readability score all of it cost more
// than everything else we do put together. Our own page scan already knows where the main
// prose is, so Readability is handed the title and metadata and the smallest element
// that surely holds the whole article: the <article> or <main> around the prose, else the
// prose container's parent (which also holds a headline or byline beside the body). When
// that scope would leave out prose the page has elsewhere, the whole page is copied as before.

/** What Readability reads in <head>: the title and metadata (and the base for links). Scripts, styles and
 * JSON-LD are left behind: Readability would only remove them (JSON-LD is read by readJsonLd). */
const HEAD_KEPT = new Set(['title', 'meta', 'base']);

/** How much of the page's prose (by weight) the scope must hold to be trusted. */
const MIN_PROSE_SHARE = 0.8;

/** How extraction copies the page for Readability (copyArticleScope, or copyWholePage to compare). */
export type CopyPage = (doc: Document, main: Element | null, prose: ReadonlyArray<{ el: Element; weight: number }>) => ArticleCopy;

export interface ArticleCopy {
  /** A document Readability may change: title, metadata and the scope, or a clone of the whole page. */
  doc: Document;
  /** The prose container's counterpart inside the copy. */
  main: Element | null;
  /** Whether only part of the page was copied. */
  scoped: boolean;
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

/** The smallest element around `main` that should hold the whole article. */
function scopeOf(main: Element): Element {
  const landmark = main.closest('article, main');
  if (landmark && landmark.localName !== 'body') return landmark;
  const parent = main.parentElement;
  return parent && parent !== main.ownerDocument.body ? parent : main;
}

/** A copy of the whole page: what Readability reads when the article's part cannot be trusted. */
export function copyWholePage(doc: Document, main: Element | null): ArticleCopy {
  const clone = doc.cloneNode(true) as Document;
  const copyMain = main ? follow(clone.documentElement, pathBetween(doc.documentElement, main)) : null;
  return { doc: clone, main: copyMain, scoped: false };
}

/**
 * A copy of `doc` for Readability. `prose` lists the page's prose paragraphs with their
 * weights (from scanPage), to check that the scope holds nearly all of them.
 */
export function copyArticleScope(doc: Document, main: Element | null, prose: ReadonlyArray<{ el: Element; weight: number }>): ArticleCopy {
  if (!main || !doc.head || !doc.body || main === doc.body || !doc.body.contains(main)) return copyWholePage(doc, main);
  const scope = scopeOf(main);
  let total = 0;
  let inside = 0;
  for (const { el, weight } of prose) {
    total += weight;
    if (scope.contains(el)) inside += weight;
  }
  if (total === 0 || inside / total < MIN_PROSE_SHARE) return copyWholePage(doc, main);

  // A fresh HTML document with only what Readability reads. (Not doc.cloneNode(false): jsdom
  // gives such a document slow paths that made Readability twice as slow as on a full clone.)
  const copy = doc.implementation.createHTMLDocument('');
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value !== null) copy.documentElement.setAttribute(name, value);
  }
  const head: Node[] = [];
  for (let el = doc.head.firstElementChild; el; el = el.nextElementSibling) {
    if (HEAD_KEPT.has(el.localName)) head.push(copy.importNode(el, true));
  }
  copy.head.replaceChildren(...head);
  const copiedScope = copy.importNode(scope, true);
  copy.body.appendChild(copiedScope);
  return { doc: copy, main: follow(copiedScope, pathBetween(scope, main)), scoped: true };
}
