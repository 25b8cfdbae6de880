// An article's content element read as paragraphs: where one ends, and what is never body text.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../utils/article/readBlocks';

const blocksOf = (html: string): string[] => {
  const doc = new JSDOM(`<!DOCTYPE html><body><div id="content">${html}</div></body>`).window.document;
  return readBlocks(doc.getElementById('content')!).map((b) => b.text);
};

describe('readBlocks', () => {
  it.each([
    ['paragraphs', '<p>Sir Keir spoke in Paris.</p><p>He flew home.</p>', ['Sir Keir spoke in Paris.', 'He flew home.']],
    ['inline elements join', '<p>Sir <b>Keir</b> <a href="/s">Starmer</a> spoke.</p>', ['Sir Keir Starmer spoke.']],
    ['<br> splits', 'First line.<br><br>Second line.', ['First line.', 'Second line.']],
    ['a list', '<ul><li>France</li><li>Germany</li></ul>', ['France', 'Germany']],
    ['an aside is its own block', '<div>Leaders met.<aside>Related: more</aside> Then they spoke.</div>', ['Leaders met.', 'Related: more', 'Then they spoke.']],
    ['a figure and its caption are skipped', '<p>Leaders met.</p><figure><img alt=""><figcaption>Leaders. Pic: PA</figcaption></figure><p>They spoke.</p>', ['Leaders met.', 'They spoke.']],
    ['scripts, styles, templates and drawings are skipped', '<p>Leaders met.<script>var x = 1;</script><style>p{}</style><template>t</template><svg><text>chart</text></svg></p>', ['Leaders met.']],
    ['form controls are skipped', '<p>Share: <button>Copy link</button></p><p>Leaders met.</p>', ['Share:', 'Leaders met.']],
    ['whitespace collapses', '<p>  Sir Keir\n   said   so. </p>', ['Sir Keir said so.']],
  ])('%s', (_, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('records the share of a block that is link text, and the tag that holds it', () => {
    const doc = new JSDOM('<!DOCTYPE html><body><div id="c"><p><a href="/a">Read more</a> here</p><h2>Heading</h2></div></body>').window.document;
    const [first, second] = readBlocks(doc.getElementById('c')!);
    expect(first).toMatchObject({ text: 'Read more here', tag: 'p' });
    expect(first!.linkShare).toBeCloseTo(9 / 14);
    expect(second).toMatchObject({ text: 'Heading', tag: 'h2', linkShare: 0 });
  });
});
