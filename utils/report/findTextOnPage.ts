// Where a quote's words are on the live page, as pieces of text nodes. The quote's text comes
// from the extracted article (Readability's text), whose whitespace and quote marks can differ
// from the page's, and a quote can run across links, emphasis and paragraphs. So the search
// compares "key" characters only: everything except whitespace, invisible characters and quote
// marks/apostrophes (typographic and straight alike), on both sides, and maps the match back
// to text-node offsets. Hand-rolled: no library maps a normalised search back to DOM ranges.

/** A run of characters inside one text node: [start, end) in node.data. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

// Whitespace, zero-width and soft-hyphen characters, and every quote mark and apostrophe.
const NON_KEY = /[\s\u00ad\u200b-\u200f\u2060\ufeff"'`\u00ab\u00bb\u2018-\u201f\u2039\u203a\u300c-\u300f\u301d-\u301f\uff02\uff07]/u;
const NON_KEY_GLOBAL = new RegExp(NON_KEY.source, 'gu');
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
/** NodeFilter.SHOW_TEXT, spelled out so this works without a global NodeFilter (jsdom, happy-dom). */
const SHOW_TEXT = 0x4;
/** How many key characters of the start, and of the end, are tried when the whole quote is not on the page. */
const HEAD_LENGTH = 40;
const TAIL_LENGTH = 20;
/** Inline elements: whitespace between two of them is part of a sentence, so it is highlighted too. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DEL', 'EM', 'FONT', 'I', 'INS', 'KBD', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

function keyOf(text: string): string {
  return text.replace(NON_KEY_GLOBAL, '');
}

/** Offset in `data` of its `k`-th key character (k may equal the key count: the end). */
function offsetOfKey(data: string, k: number): number {
  let seen = 0;
  for (let i = 0; i < data.length; i++) {
    if (NON_KEY.test(data[i] ?? '')) continue;
    if (seen === k) return i;
    seen++;
  }
  return data.length;
}

function isSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentNode; el && el !== root; el = el.parentNode) {
    if (SKIPPED.has(el.nodeName.toUpperCase())) return true;
  }
  return false;
}

/** The text nodes of `root` that are in the page's text (not script, style…), in order. */
function textNodesOf(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!isSkipped(n, root)) nodes.push(n as Text);
  }
  return nodes;
}

/** Words around the quote in the extracted text, to pick the right occurrence on the page. */
export interface TextContext {
  before: string;
  after: string;
}

/** Key characters of context used on each side: enough to tell "US backstop" in the headline from the one in the body. */
const CONTEXT_LENGTH = 30;

/** Where `wanted` starts in `all`: the occurrence with the most surrounding context, else the first. */
function locate(all: string, wanted: string, context: TextContext | undefined): number {
  if (context) {
    const before = keyOf(context.before).slice(-CONTEXT_LENGTH);
    const after = keyOf(context.after).slice(0, CONTEXT_LENGTH);
    for (const [prefix, suffix] of [[before, after], [before, ''], ['', after]] as const) {
      if (!prefix && !suffix) continue;
      const at = all.indexOf(prefix + wanted + suffix);
      if (at >= 0) return at + prefix.length;
    }
  }
  return all.indexOf(wanted);
}

/**
 * The text-node segments holding `text` under `root`, or null when it is not there. With
 * `context` (the words around the quote in the extracted article), the occurrence in the
 * article body is preferred over one in a headline or a related-links box; without it, or when
 * the context is not on the page, the first occurrence. When the whole text is not found (the
 * page was edited since it was read, or the extractor joined pieces), the span from its first
 * words to its last words is tried, then its first words alone, so the reader is still taken
 * to the right place.
 */
export function findTextOnPage(root: Node, text: string, context?: TextContext): TextSegment[] | null {
  const wanted = keyOf(text);
  if (!wanted) return null;
  const nodes = textNodesOf(root);
  const keys = nodes.map((n) => keyOf(n.data));
  const starts: number[] = [];
  let all = '';
  for (const key of keys) {
    starts.push(all.length);
    all += key;
  }

  let from = locate(all, wanted, context);
  let to = from + wanted.length;
  if (from < 0 && wanted.length > HEAD_LENGTH + TAIL_LENGTH) {
    from = all.indexOf(wanted.slice(0, HEAD_LENGTH));
    if (from >= 0) {
      const tail = all.indexOf(wanted.slice(-TAIL_LENGTH), from + HEAD_LENGTH);
      to = tail >= 0 && tail - from < wanted.length * 2 ? tail + TAIL_LENGTH : from + HEAD_LENGTH;
    }
  }
  if (from < 0) return null;

  const segments: TextSegment[] = [];
  nodes.forEach((node, i) => {
    const nodeStart = starts[i] ?? 0;
    const keyCount = keys[i]?.length ?? 0;
    const nodeEnd = nodeStart + keyCount;
    if (keyCount === 0) {
      // Spaces and marks between two pieces of the quote: highlighted when inside a sentence.
      if (segments.length > 0 && nodeStart < to && node.data && isBetweenInlines(node)) segments.push({ node, start: 0, end: node.data.length });
      return;
    }
    if (nodeEnd <= from || nodeStart >= to) return;
    // The first piece starts at the first key character; later pieces take the node from its start.
    const start = segments.length === 0 ? offsetOfKey(node.data, from - nodeStart) : 0;
    // The last piece ends just past the last key character (a closing mark stays outside).
    const end = nodeEnd >= to ? offsetOfKey(node.data, to - nodeStart - 1) + 1 : node.data.length;
    if (end > start) segments.push({ node, start, end });
  });
  // Whitespace pieces picked up after the quote's last words are not part of it.
  while (segments.length > 0 && keyOf(segmentText(segments[segments.length - 1]!)) === '') segments.pop();
  return segments.length ? segments : null;
}

function segmentText({ node, start, end }: TextSegment): string {
  return node.data.slice(start, end);
}

function isBetweenInlines(node: Text): boolean {
  const inline = (n: Node | null): boolean => !n || n.nodeType === 3 || INLINE.has(n.nodeName.toUpperCase());
  return inline(node.previousSibling) && inline(node.nextSibling);
}
