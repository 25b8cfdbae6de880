// The page-size check against a plain recursive count: on random trees, a limit set to the
// page's exact element count, depth or text length passes, and one less is reported.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { PAGE_LIMITS, pageTooLarge } from '../../utils/pipeline/pageLimits';

interface Tree {
  tag: string;
  text: string;
  children: Tree[];
}

// Trees up to `levels` deep (the HTML parser may still move a <div> out of a <p>: the count is of the parsed DOM).
const treeOf = (levels: number): fc.Arbitrary<Tree> =>
  fc.record({
    tag: fc.constantFrom('div', 'p', 'span', 'section', 'script', 'style', 'em'),
    text: fc.constantFrom('', 'a', 'Europe must', '  ', 'x'.repeat(40)),
    children: levels === 0 ? fc.constant([]) : fc.array(treeOf(levels - 1), { maxLength: 3 }),
  });
const tree = treeOf(5);

const html = (t: Tree): string => `<${t.tag}>${t.text}${t.tag === 'script' || t.tag === 'style' ? '' : t.children.map(html).join('')}</${t.tag}>`;

/** Elements, deepest element (levels below <html>) and text characters outside scripts and styles, counted by recursion. */
function measure(doc: Document): { elements: number; depth: number; chars: number } {
  const m = { elements: 0, depth: 0, chars: 0 };
  const visit = (node: Node, depth: number): void => {
    if (node.nodeType === 3) {
      const parent = node.parentNode?.nodeName;
      if (parent !== 'SCRIPT' && parent !== 'STYLE') m.chars += (node as Text).data.length;
      return;
    }
    if (node.nodeType !== 1) return;
    m.elements++;
    m.depth = Math.max(m.depth, depth);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, depth + 1);
  };
  visit(doc.documentElement, 0);
  return m;
}

describe('pageTooLarge', () => {
  it('passes a page at each limit exactly and reports one just past it', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        const doc = new JSDOM(`<!doctype html><body>${trees.map(html).join('')}<p>after the deep part</p></body>`).window.document;
        const m = measure(doc);
        const exact = { ...PAGE_LIMITS, maxElements: m.elements, maxDepth: m.depth, maxTextChars: m.chars };
        expect(pageTooLarge(doc, exact)).toBeNull();
        expect(pageTooLarge(doc, { ...exact, maxElements: m.elements - 1 })).toMatch(/more than [\d,]+ elements/);
        expect(pageTooLarge(doc, { ...exact, maxDepth: m.depth - 1 })).toMatch(/too deeply nested/);
        expect(pageTooLarge(doc, { ...exact, maxTextChars: m.chars - 1 })).toMatch(/characters of text/);
      }),
      // 100 seeded pages of up to ~1,500 elements: each is a fresh jsdom document, and 300 of them
      // took 25-46 s in a full run on a loaded 2-core machine, too near the 30 s test timeout.
      { numRuns: 100, seed: 20250217 },
    );
  });
});
