// Elements a browser lays out as blocks: text on either side of one never runs together into one
// line. Extraction splits paragraphs at them (readBlocks), and the copy for Readability drops the
// blank text between them (copyArticleScope), so both agree on where a paragraph ends.

/** Local names (lower case) of the HTML elements that start and end a block of text. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
