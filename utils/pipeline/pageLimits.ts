/**
 * How much work one page may cost. A page past a size limit is not read whole: its article's part
 * is copied within half these limits and read instead (readPage); only a page with no article in
 * that part stops with a clear `problem`. Time is checked between stages.
 */
export interface PageLimits {
  /** Elements in the page. Real news pages have 1,000-15,000; far beyond is a comment dump or a generated page. */
  maxElements: number;
  /** Characters of text in the page body (scripts and styles not counted). The longest news features run to about 150,000; the walk that counts them stops at the limit, so a lower limit is also a cheaper check on a huge page (measured in Chromium: 1,000,000 characters of a 3 MB page took 52 ms, one long task). */
  maxTextChars: number;
  /** Levels of element nesting. Real pages nest 20-60 deep; hundreds means generated or hostile markup (and jsdom's cost grows with depth squared). Kept below the article scan's own depth cut-off: a deeper page is read through a copy of its article's part, its nesting flattened (copyArticlePart). */
  maxDepth: number;
  /** Milliseconds of work, checked between stages: past it, the stages not yet run are skipped. */
  timeBudgetMs: number;
}

export const PAGE_LIMITS: PageLimits = { maxElements: 30_000, maxTextChars: 400_000, maxDepth: 300, timeBudgetMs: 10_000 };

/**
 * Text read from a too-large page's article part. An article of ordinary size (800 words are
 * about 5,000 characters; a 6,000-word long read fits too); a live blog too long to read whole is read from its top (the latest entries).
 * Bounded this tightly because every later stage scales with the text: with half the text limit
 * (200,000 characters) the 3 MB live blog's quote step alone was a 100 ms task in Chromium, with
 * 60,000 a 42 ms one; with 40,000 and the richer speaker rules of Dec 2026, 42–54 ms on a busy
 * machine, so 30,000 (about 5,000 words).
 */
const PART_MAX_TEXT_CHARS = 30_000;

/**
 * How much of a too-large page is copied and read (copyArticlePart): half of the element and
 * depth limits and at most PART_MAX_TEXT_CHARS of text, so the part read is always well within
 * the limits, whatever the page.
 */
export const partBounds = (limits: PageLimits): { maxElements: number; maxTextChars: number; maxDepth: number } => ({
  maxElements: Math.floor(limits.maxElements / 2),
  maxTextChars: Math.min(PART_MAX_TEXT_CHARS, Math.floor(limits.maxTextChars / 2)),
  maxDepth: Math.floor(limits.maxDepth / 2),
});

const count = (n: number): string => n.toLocaleString('en-GB');

/**
 * Why the page is too big to read at all, or null. One walk over elements and text nodes that
 * stops as soon as a limit is passed: its cost is bounded by the limits, not by the page (asking
 * the body for its whole textContent would copy all 3 MB of a huge page first). A TreeWalker,
 * because in a browser it walks natively (a walk along sibling links made the 3 MB live-blog
 * page's check one long task, 64 ms, in Chromium), stepped with nextNode(): one call per node,
 * the depth kept on a stack of the open elements (firstChild/nextSibling/parentNode steps made
 * two or three calls per node, and cost jsdom 2.7 times as much).
 */
export function pageTooLarge(doc: Document, limits: PageLimits): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  // NodeFilter.SHOW_ELEMENT | SHOW_TEXT, written as values: Node has no global NodeFilter.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  let elements = 1;
  let chars = 0;
  // The open elements from the root down to the last element seen: its length - 1 is that element's depth.
  const open: Node[] = [root];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      // Inline scripts and styles (page data blobs, CSS) are not reading matter.
      const parent = node.parentNode?.nodeName;
      if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'script' && parent !== 'style') {
        chars += (node as Text).data.length;
        if (chars > limits.maxTextChars) {
          return `The page is too large to analyse: it has more than ${count(limits.maxTextChars)} characters of text, the most Crossquote reads.`;
        }
      }
      continue;
    }
    const parent = node.parentNode;
    while (open.length > 1 && open[open.length - 1] !== parent) open.pop();
    open.push(node);
    if (open.length - 1 > limits.maxDepth) {
      return `The page is too deeply nested to analyse: its markup goes more than ${count(limits.maxDepth)} levels deep.`;
    }
    if (++elements > limits.maxElements) {
      return `The page is too large to analyse: it has more than ${count(limits.maxElements)} elements.`;
    }
  }
  return null;
}

/** The `problem` of a run that ran out of time before `stage`. */
export const overBudget = (stage: string, ms: number, budget: number): string =>
  `The analysis stopped before ${stage}: it had taken ${count(Math.round(ms))} ms, past its ${count(budget)} ms budget.`;

/** The `problem` of a run in which a stage threw. */
export const failure = (error: unknown): string => `The analysis failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
