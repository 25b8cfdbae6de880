// Whether an element is shown, judged by its own attributes, as Readability's reader check judges
// it (no hidden attribute, no aria-hidden="true", no display:none) but reading the style attribute
// as text: asking jsdom for element.style parses the CSS into a declaration object for every
// paragraph, and that was half the check's cost in Node. A browser answers either way as fast.

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)/i;

/** False when `node` hides itself: hidden, aria-hidden="true" (except Wikimedia's fallback images) or an inline display:none. */
export function isShownElement(node: Node): boolean {
  if (node.nodeType !== 1) return true;
  const el = node as Element;
  if (!el.hasAttributes()) return true;
  if (el.hasAttribute('hidden')) return false;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return false;
  return !DISPLAY_NONE.test(el.getAttribute('style') ?? '');
}
