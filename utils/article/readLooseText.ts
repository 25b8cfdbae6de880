// Body text that sits loose in a block element instead of in <p> elements: "<div>First
// paragraph.<br><br>Second paragraph.</div>", or text beside the block children of a <div>.
// Many real articles are marked up so (older templates, wire feeds, mobile pages); counting only
// <p> called them "no paragraphs of article prose", or let the teasers around them outweigh them.
import { BLOCK_ELEMENTS } from './blockElements';
import { TEXTLESS_ELEMENTS } from './textlessElements';
import { textWeight } from './textWeight';

/** The loose text of an element: its runs between line breaks and blocks. */
export interface LooseText {
  /** Runs of 40+ weighted characters. */
  runs: number;
  /** Their total weight. */
  weight: number;
}

const MIN_RUN = 40;

/**
 * The runs of text directly in `el` (its text nodes and inline children, split at <br> and at
 * block children, which are read on their own), counting runs of `MIN_RUN`+ weighted characters
 * that are not mostly link text. Null when there are none.
 */
export function readLooseText(el: Element): LooseText | null {
  let runs = 0;
  let weight = 0;
  let text = '';
  let links = 0;
  const end = (): void => {
    const w = textWeight(text.trim());
    if (w >= MIN_RUN && links <= w * 0.5) {
      runs++;
      weight += w;
    }
    text = '';
    links = 0;
  };
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      text += (child as Text).data;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const name = (child as Element).localName;
    if (name === 'br' || BLOCK_ELEMENTS.has(name)) end();
    else if (!TEXTLESS_ELEMENTS.has(name)) {
      const inner = child.textContent ?? '';
      text += inner;
      if (name === 'a') links += textWeight(inner.trim());
    }
  }
  end();
  return runs ? { runs, weight } : null;
}
