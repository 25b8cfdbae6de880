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
/** How many key characters of each end are tried when the whole quote is not on the page. */
const END_LENGTH = 40;

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

/**
 * The text-node segments holding `text` under `root` (first occurrence), or null when it is
 * not there. When the whole text is not found (the page was edited since it was read, or the
 * extractor joined pieces), the span from its first words to its last words is tried, then
 * its first words alone, so the reader is still taken to the right place.
 */
export function findTextOnPage(root: Node, text: string): TextSegment[] | null {
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

  let from = all.indexOf(wanted);
  let to = from + wanted.length;
  if (from < 0 && wanted.length > END_LENGTH) {
    const head = wanted.slice(0, END_LENGTH);
    from = all.indexOf(head);
    if (from >= 0) {
      const tail = all.indexOf(wanted.slice(-END_LENGTH), from + END_LENGTH);
      to = tail >= 0 && tail - from < wanted.length * 2 ? tail + END_LENGTH : from + END_LENGTH;
    }
  }
  if (from < 0) return null;

  const segments: TextSegment[] = [];
  nodes.forEach((node, i) => {
    const nodeStart = starts[i] ?? 0;
    const nodeEnd = nodeStart + (keys[i]?.length ?? 0);
    if (nodeEnd <= from || nodeStart >= to) return;
    const start = offsetOfKey(node.data, Math.max(from, nodeStart) - nodeStart);
    // The end is just past the last key character in range (trailing spaces stay outside).
    const end = offsetOfKey(node.data, Math.min(to, nodeEnd) - nodeStart - 1) + 1;
    if (end > start) segments.push({ node, start, end });
  });
  return segments.length ? segments : null;
}
