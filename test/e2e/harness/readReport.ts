// What a reader sees in the report page, read from its DOM. Serialised into the page by both
// browser drivers, so it must be self-contained (no imports, no closures).

export interface ReportQuoteView {
  /** The quote's words as shown, without the curly marks the report adds. */
  text: string;
  /** The speaker line ("— Keir Starmer" or "Speaker not named"). */
  speaker: string;
  /** "Also carried by" lines, each as shown. */
  carriers: string[];
  /** Words struck through (only on this page) and underlined (only in the other outlet). */
  removed: string[];
  added: string[];
}

export interface ReportView {
  /** The root's data-state: analysing | not-article | no-match | unsupported | failed | ready. */
  state: string | null;
  /** Section headings (h2), in order. */
  headings: string[];
  /** The header's outlet and title lines for the page. */
  pageOutlet: string | null;
  pageTitle: string | null;
  /** The state message shown instead of a report (not-article, no-match, …), if any. */
  stateMessage: string | null;
  /** "Same story elsewhere" rows: outlet name and the row's whole text. */
  stories: Array<{ outlet: string; text: string }>;
  quotes: ReportQuoteView[];
  /** "Details that differ" items, each as shown. */
  differences: string[];
  /** The whole report's visible text. */
  text: string;
}

/** Runs in the report page. */
export function readReportDom(): ReportView {
  const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  const main = document.querySelector('[data-state]');
  const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));
  const sectionOf = (headingText: string): Element | null => {
    const heading = all(document, 'h2').find((h) => clean(h.textContent) === headingText);
    return heading ? heading.closest('section') : null;
  };
  const storySection = sectionOf('Same story elsewhere');
  const quoteSection = sectionOf('Quotes');
  const differenceSection = sectionOf('Details that differ');
  const quotes = quoteSection
    ? all(quoteSection, 'li.quote').map((li) => ({
        text: clean(li.querySelector('.quote-text')?.textContent).replace(/^“|”$/g, ''),
        speaker: clean(li.querySelector('.speaker')?.textContent),
        carriers: all(li, 'ul.carriers > li:not(.more)').map((c) => clean(c.textContent)),
        removed: all(li, 'del').map((d) => clean(d.textContent).replace(/^removed: /, '')),
        added: all(li, 'ins').map((d) => clean(d.textContent).replace(/^added: /, '')),
      }))
    : [];
  return {
    state: main ? main.getAttribute('data-state') : null,
    headings: all(document, 'h2').map((h) => clean(h.textContent)),
    pageOutlet: clean(document.querySelector('.page-info .outlet')?.textContent) || null,
    pageTitle: clean(document.querySelector('.page-info .page-title')?.textContent) || null,
    stateMessage: clean(document.querySelector('.state-message')?.textContent) || null,
    stories: storySection
      ? all(storySection, 'li:not(.more)').map((li) => ({
          outlet: clean(li.querySelector('button, a')?.textContent),
          text: clean(li.textContent),
        }))
      : [],
    quotes,
    differences: differenceSection ? all(differenceSection, 'ul.differences > li:not(.more)').map((li) => clean(li.textContent)) : [],
    text: clean(main instanceof HTMLElement ? main.innerText : main?.textContent),
  };
}
