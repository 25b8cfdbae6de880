// The one change Crossquote makes to a page, and only when the reader asks: the quote's text
// wrapped in <mark> elements (built as DOM nodes, never from markup), scrolled into view, and
// removed again so the page's text nodes are as they were (frameworks keep references to them,
// so the original node objects are put back with their original text).
import { findTextOnPage, type TextContext, type TextSegment } from './findTextOnPage';

/** A highlight on the page; `remove()` restores the page and is safe to call twice. */
export interface Highlight {
  marks: HTMLElement[];
  remove(): void;
}

interface Wrapped {
  original: Text;
  /** Every piece the original node was split into, in order; one of them is inside `mark`. */
  pieces: Text[];
  mark: HTMLElement;
}

function wrap(doc: Document, { node, start, end }: TextSegment): Wrapped | null {
  const parent = node.parentNode;
  if (!parent) return null;
  const pieces: Text[] = [node];
  let middle = node;
  if (start > 0) {
    middle = node.splitText(start);
    pieces.push(middle);
  }
  if (end - start < middle.data.length) pieces.push(middle.splitText(end - start));
  const mark = doc.createElement('mark');
  // Inline styles through CSSOM (allowed under a page's CSP) so page CSS cannot hide the mark.
  mark.style.setProperty('background-color', '#ffe066', 'important');
  mark.style.setProperty('color', '#1a1a1a', 'important');
  mark.style.setProperty('outline', '2px solid #c77700', 'important');
  mark.style.setProperty('scroll-margin', '30vh', 'important');
  middle.parentNode?.insertBefore(mark, middle);
  mark.appendChild(middle);
  return { original: node, pieces, mark };
}

function unwrap({ original, pieces, mark }: Wrapped): void {
  const parent = mark.parentNode;
  if (!parent) return; // the page removed it meanwhile: nothing of ours is left in the page
  const text = pieces.map((p) => p.data).join('');
  parent.insertBefore(original, mark);
  original.data = text;
  for (const piece of pieces) if (piece !== original) piece.parentNode?.removeChild(piece);
  parent.removeChild(mark);
}

/**
 * Highlights `text` under `doc.body` (the occurrence that `context` points to, else the first)
 * and scrolls it into view. Returns null (and changes nothing) when the text is not on the page.
 */
export function highlightText(doc: Document, text: string, options: { smooth?: boolean; context?: TextContext } = {}): Highlight | null {
  if (!doc.body) return null;
  const segments = findTextOnPage(doc.body, text, options.context);
  if (!segments) return null;
  const wrapped: Wrapped[] = [];
  for (const segment of segments) {
    const w = wrap(doc, segment);
    if (w) wrapped.push(w);
  }
  const first = wrapped[0]?.mark;
  if (first && typeof first.scrollIntoView === 'function') {
    first.scrollIntoView({ block: 'center', behavior: options.smooth ? 'smooth' : 'auto' });
  }
  let removed = false;
  return {
    marks: wrapped.map((w) => w.mark),
    remove() {
      if (removed) return;
      removed = true;
      for (const w of wrapped) unwrap(w);
    },
  };
}
