// Generators of hostile text and HTML for the property tests: every kind of quote mark,
// mixed scripts and directions, emoji, combining marks, zero-width and control characters,
// NUL, lone surrogates, and markup that is unbalanced or malformed.
import fc from 'fast-check';

/** Every quotation mark a news page may use, balanced or not. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‟', '‚', '‛', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '〟', '＂', '＇', '`', '´', '′', '″'];

const PIECES = [
  // Latin prose pieces, with reporting verbs so speaker finding has work to do
  'Sir Keir Starmer', 'said', 'he added', 'the prime minister said', 'told reporters', 'Mr. Macron', 'U.S.', 'backstop',
  'Europe must play its role', 'is the only way', 'according to', ':', ',', '.', '?', '!', '…', '—', '–', '-',
  // other scripts and directions
  'قال رئيس الوزراء', 'السلام', 'אמר ראש הממשלה', 'שלום', '首相は', '平和', '말했다', 'сказал премьер', 'Ελλάδα',
  'ไทย', 'हिन्दी', 'Ünïcödé', 'straße',
  // emoji and combining marks (ZWJ sequences, flags, skin tones, stacked diacritics)
  '👩‍👩‍👧', '🇬🇧', '👍🏽', '😀', 'e\u0301', 'a\u0308\u0323', 'Z\u0351\u0352\u0353\u0354',
  // invisible and control characters
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u202D', '\u2066', '\u2069', '\u061C',
  '\u0000', '\u0001', '\u0007', '\u0008', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\r', '\r\n', '\t', '\v', '\f',
  // lone surrogates (possible in DOM strings)
  '\uD800', '\uDFFF',
  '\n', '\n\n', ' ', '  ', '\u00A0', '\u3000',
];

/** One piece of hostile text. */
export const textPiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.constantFrom('the', 'leaders', 'peace', 'Ukraine', 'Russia', 'deal', 'Paris', 'summit', 'guarantee') },
);

/** Hostile text: pieces joined with spaces or nothing. */
export const hostileText = (maxPieces = 60): fc.Arbitrary<string> =>
  fc.array(fc.tuple(textPiece, fc.constantFrom(' ', '', ' ', '\n')), { maxLength: maxPieces }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** Text that is mostly well-formed quotations with attributions, with random damage. */
export const quoteHeavyText: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom(['“', '”'], ['"', '"'], ['„', '“'], ['«', '»'], ['« ', ' »'], ['「', '」'], ['‹', '›'], ['‘', '’'], ['“', ''], ['', '”']),
      hostileText(8),
      fc.constantFrom(', he said.', ', said Sir Keir Starmer.', ' Mr Tusk added.', '', ' — a source told reporters.', '\n\n'),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.map(([[open, close], inner, tail]) => `${open}${inner}${close}${tail}`).join(' '));

const TAGS = ['p', 'div', 'span', 'article', 'section', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'blockquote', 'q', 'a', 'em', 'strong', 'li', 'ul', 'figure', 'figcaption', 'time', 'table', 'td', 'br', 'img', 'svg', 'template', 'noscript', 'iframe', 'textarea', 'pre', 'code', 'bdi', 'ruby', 'rt'];
const ATTRS = ['class="article-body"', 'class="byline"', 'itemprop="articleBody"', 'role="main"', 'dir="rtl"', 'lang="ar"', 'hidden', 'style="display:none"', 'id="content"', 'onerror="alert(1)"', 'href="javascript:alert(1)"', 'src="x"', 'datetime="2025-02-17"', 'rel="author"'];

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface Node {
  tag: string;
  attrs: string[];
  children: Array<Node | string>;
}

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }),
    children: fc.array(fc.oneof({ weight: 3, arbitrary: hostileText(25).map(escapeHtml) }, { weight: 2, arbitrary: tie('node') }), { maxLength: 5, depthIdentifier: 'html' }),
  }),
})).node;

function render(n: Node | string): string {
  if (typeof n === 'string') return n;
  return `<${n.tag}${n.attrs.map((a) => ` ${a}`).join('')}>${n.children.map(render).join('')}</${n.tag}>`;
}

const HEAD_BITS = [
  '<meta property="og:type" content="article">',
  '<meta property="og:site_name" content="The Daily “Example”">',
  '<link rel="canonical" href="https://news.example/world/paris-summit">',
  '<meta property="og:url" content="javascript:alert(1)">',
  '<meta name="author" content="<img src=x onerror=alert(1)>">',
  '<meta property="article:published_time" content="not a date">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"</script><svg onload=alert(1)>","author":{"name":["x",{"a":null}]},"datePublished":12}</script>',
  '<script type="application/ld+json">{"@type":["NewsArticle"],"headline":"Starmer: \\"US backstop\\" needed","publisher":{"name":"Sky"}}</script>',
  '<script type="application/ld+json">{not json</script>',
  '<script>document.title = "x"</script>',
  '<style>p { color: red }</style>',
  '<title>Starmer says “US backstop” is vital</title>',
  '<base href="https://evil.example/">',
];

/** A whole page: a random head, a random tree of elements with hostile text, sometimes a real-looking article. */
export const randomPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...HEAD_BITS), { maxLength: 5 }),
    fc.array(node, { maxLength: 4 }),
    fc.option(fc.array(fc.oneof(quoteHeavyText, hostileText(60)), { minLength: 3, maxLength: 8 }), { nil: null }),
    fc.constantFrom('<!doctype html>', '', '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">'),
    fc.constantFrom('en', 'ar', 'he', 'ja', 'de', 'fr', ''),
  )
  .map(([head, body, article, doctype, lang]) => {
    const prose = article ? `<article><h1>Leaders meet in Paris</h1>${article.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>` : '';
    return `${doctype}<html lang="${lang}"><head>${head.join('')}</head><body>${body.map(render).join('')}${prose}</body></html>`;
  });

/** Raw strings as HTML: unbalanced tags, stray `<`, comments and CDATA that never end. */
export const brokenHtml: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      hostileText(10),
      fc.constantFrom('<p>', '</p>', '<div', '<!--', '-->', '<![CDATA[', '<script>', '</scr', '<table><tr><td>', '</body>', '<html>', '<<>>', '&#0;', '&#xD800;', '&amp', '&nbsp;', '<svg><foreignObject>', '<math><mi>', '<plaintext>', '<xmp>', '<title>', '<frameset>'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
