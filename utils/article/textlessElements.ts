// Elements whose text content a reader never sees as text: code, styles, templates, fallbacks
// for disabled scripts, and embedded documents or drawings. Every walk that reads a page's text
// (the detection scan, the visible-text check, the paragraphs) skips them.

/** Local names (lower case) of elements whose text is never shown as page text. */
export const TEXTLESS_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);
