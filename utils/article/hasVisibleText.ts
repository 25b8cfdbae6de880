// Whether the body has any readable text (scripts, styles and templates left out). Detection
// only needs yes or no here, so the walk stops at the first text node that is not blank.
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT']);
const NOT_BLANK = /\S/;

export function hasVisibleText(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const stack: Node[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (NOT_BLANK.test(node.nodeValue ?? '')) return true;
      continue;
    }
    if (node.nodeType !== 1 || HIDDEN.has((node as Element).tagName)) continue;
    // Sibling links, not childNodes[i]: indexed NodeList access is very slow in jsdom.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}
