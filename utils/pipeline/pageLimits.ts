/** How much work one page may cost. Hostile or giant pages stop with a clear `problem` instead of freezing the tab. */
export interface PageLimits {
  /** Elements in the page. Real news pages have 1,000-15,000; far beyond is a comment dump or a generated page. */
  maxElements: number;
  /** Characters of text in the page body (scripts and styles not counted). The longest news features run to about 150,000. */
  maxTextChars: number;
  /** Levels of element nesting. Real pages nest 20-60 deep; hundreds means generated or hostile markup (and jsdom's cost grows with depth squared). Kept below the article scan's own depth cut-off, so a deeper page gets this clear reason rather than "no article prose". */
  maxDepth: number;
  /** Milliseconds of work, checked between stages: past it, the stages not yet run are skipped. */
  timeBudgetMs: number;
}

export const PAGE_LIMITS: PageLimits = { maxElements: 30_000, maxTextChars: 1_000_000, maxDepth: 300, timeBudgetMs: 10_000 };

const count = (n: number): string => n.toLocaleString('en-GB');

/** Why the page is too big to read at all, or null. One walk over the elements, stopping early. */
export function pageTooLarge(doc: Document, limits: PageLimits): string | null {
  const root = doc.documentElement;
  if (root) {
    // NodeFilter.SHOW_ELEMENT, written as its value: Node has no global NodeFilter.
    const walker = doc.createTreeWalker(root, 0x1);
    let elements = 1;
    let depth = 0;
    for (;;) {
      if (walker.firstChild()) {
        elements++;
        if (++depth > limits.maxDepth) {
          return `The page is too deeply nested to analyse: its markup goes more than ${count(limits.maxDepth)} levels deep.`;
        }
      } else {
        while (!walker.nextSibling()) {
          if (!walker.parentNode()) break;
          depth--;
        }
        if (walker.currentNode === root) break;
        elements++;
      }
      if (elements > limits.maxElements) {
        return `The page is too large to analyse: it has more than ${count(limits.maxElements)} elements.`;
      }
    }
  }
  let chars = doc.body?.textContent?.length ?? 0;
  // Inline scripts and styles (page data blobs, CSS) are not reading matter.
  if (chars > limits.maxTextChars && doc.body) for (const el of doc.body.querySelectorAll('script, style')) chars -= el.textContent?.length ?? 0;
  if (chars > limits.maxTextChars) {
    return `The page is too large to analyse: it has ${count(chars)} characters of text, more than the ${count(limits.maxTextChars)} Crossquote reads.`;
  }
  return null;
}

/** The `problem` of a run that ran out of time before `stage`. */
export const overBudget = (stage: string, ms: number, budget: number): string =>
  `The analysis stopped before ${stage}: it had taken ${count(Math.round(ms))} ms, past its ${count(budget)} ms budget.`;

/** The `problem` of a run in which a stage threw. */
export const failure = (error: unknown): string => `The analysis failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
