// Readability, collecting elements by tag through getElementsByTagName instead of
// querySelectorAll. Readability looks elements up by tag name some 35-60 times a page
// (`_getAllNodesWithTag`: "p", "br", "table", "h1, h2", …), each time with querySelectorAll on
// the tag list joined by commas; getElementsByTagName is Readability's own path where
// querySelectorAll is missing, and it gives the same elements in the same (document) order, with
// no selector to parse or match. In jsdom, whose selector engine parses every selector again for
// each new document, those lookups were 58% of Readability's time on the copy extraction reads
// (profiled on the fixture pages); a browser answers both natively.
import { Readability } from '@mozilla/readability';

/** Elements under `node` with one of `tagNames`, in document order, as querySelectorAll gives them. */
export function elementsWithTags(node: Element | Document, tagNames: readonly string[]): Element[] {
  let only: HTMLCollectionOf<Element> | null = null;
  for (const tag of tagNames) {
    const found = node.getElementsByTagName(tag);
    if (found.length === 0) continue;
    // Elements of two or more of the tags: only a selector query interleaves them in document order.
    if (only) return Array.from(node.querySelectorAll(tagNames.join(',')));
    only = found;
  }
  // A copy, not the live collection: Readability removes and renames what it finds.
  return only ? Array.from(only) : [];
}

export class TagListReadability<T = string> extends Readability<T> {
  /** Overrides Readability's own (not part of its typed interface; called with a tag list). */
  _getAllNodesWithTag(node: Element | Document, tagNames: readonly string[]): Element[] {
    return elementsWithTags(node, tagNames);
  }
}
