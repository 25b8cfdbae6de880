// Extraction's Readability collects elements by tag through getElementsByTagName. It must find
// the very elements querySelectorAll finds, in the same order, and so read the same article as
// stock Readability on every fixture page.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { TagListReadability, elementsWithTags } from '../../utils/article/TagListReadability';
import { fixtureNames, loadFixture } from './loadFixture';

const MARKUP = `<div id="root"><h2 id="a">A</h2><p id="b">B <br id="c"> <em><h1 id="d">D</h1></em></p>
<ul id="e"><li><ol id="f"><li>x</li></ol></li></ul><h1 id="g">G</h1><p id="h"><img id="i"><picture id="j"><img id="k"></picture></p></div>`;

describe('elementsWithTags', () => {
  const doc = new JSDOM(MARKUP).window.document;
  const root = doc.getElementById('root')!;
  const ids = (els: ArrayLike<Element>): string[] => Array.from(els, (el) => el.id);
  it.each([
    [['p']],
    [['h1', 'h2']],
    [['h2', 'h1']],
    [['ul', 'ol']],
    [['img', 'picture', 'figure']],
    [['table']],
    [['script', 'noscript']],
  ])('finds %j as querySelectorAll does, in document order', (tags) => {
    for (const node of [doc, root, doc.getElementById('b')!]) {
      expect(ids(elementsWithTags(node, tags))).toEqual(ids(node.querySelectorAll(tags.join(','))));
    }
  });

  it('returns a copy that removing elements does not change', () => {
    const page = new JSDOM('<p>one</p><p>two</p>').window.document;
    const found = elementsWithTags(page, ['p']);
    found[0]!.remove();
    expect(found).toHaveLength(2);
  });
});

describe.each(fixtureNames())('TagListReadability on fixture %s', (name) => {
  it('reads the same article as stock Readability', () => {
    const { doc } = loadFixture(name);
    const read = (R: typeof Readability): unknown => {
      const result = new R<string>(doc.cloneNode(true) as Document).parse();
      return result && { ...result };
    };
    expect(read(TagListReadability)).toEqual(read(Readability));
  });
});
