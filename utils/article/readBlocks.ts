// Turns an article's content element into blocks of plain text, one per paragraph-level element
// (p, h2–h6, li, blockquote, pre, …), instead of one textContent run with paragraphs glued
// together. Figures and their captions are skipped whole: a caption is never body text.
import type { TextBlock } from './stripFurniture';
import { BLOCK_ELEMENTS } from './blockElements';
import { TEXTLESS_ELEMENTS } from './textlessElements';

/** Not body text: text a reader never sees, and figures, captions, media and form controls. */
const SKIPPED = new Set([...TEXTLESS_ELEMENTS, 'figure', 'figcaption', 'picture', 'button', 'select', 'textarea', 'video', 'audio', 'canvas']);

export function readBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let linkText = 0;
  let tag = root.localName;

  const flush = (): void => {
    const trimmed = text.trim();
    if (trimmed) {
      const squashed = trimmed.replace(/[ \t\n\r\f]+/g, ' ');
      blocks.push({ text: squashed, linkShare: Math.min(1, linkText / squashed.length), tag });
    }
    text = '';
    linkText = 0;
  };

  const walk = (node: Node, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      text += value;
      if (inLink) linkText += value.replace(/[ \t\n\r\f]+/g, ' ').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.localName;
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      // A line break splits paragraphs on sites that use <br><br> instead of <p>.
      flush();
      return;
    }
    const isBlock = BLOCK_ELEMENTS.has(name);
    if (isBlock) {
      flush();
      tag = name;
    }
    const link = inLink || name === 'a';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, link);
    if (isBlock) {
      flush();
      tag = el.parentElement?.localName ?? tag;
    }
  };

  walk(root, false);
  flush();
  return blocks;
}
