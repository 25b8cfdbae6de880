// Whether the body has any readable text (scripts, styles and templates left out). Detection
// only needs yes or no here, so the walk stops at the first text node that is not blank.
import { TEXTLESS_ELEMENTS } from './textlessElements';

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
    if (node.nodeType !== 1 || TEXTLESS_ELEMENTS.has((node as Element).localName)) continue;
    // Sibling links, not childNodes[i]: indexed NodeList access is very slow in jsdom.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}
