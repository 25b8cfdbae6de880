// The body's readable text (scripts, styles and templates left out), capped: detection only
// needs to know whether there is any, and how much, so it stops early on huge pages.
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT']);

export function visibleBodyText(doc: Document, cap = 5000): string {
  const body = doc.body;
  if (!body) return '';
  let out = '';
  const stack: Node[] = [body];
  while (stack.length && out.length < cap) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 || HIDDEN.has((node as Element).tagName)) continue;
    // Sibling links, not childNodes[i]: indexed NodeList access is very slow in jsdom.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
