// Properties a reader relies on, over generated input: page furniture never changes what is
// reported, and no text makes the stage throw or report a malformed difference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDifferences } from '../../utils/details/findDifferences';
import { corpusDoc, corpusIndex, pageFrom, storyMatch } from './corpusOutlets';

const name = fc.constantFrom('Laura Whitmore', 'Victor Wembanyama', 'Rachel Reeves', 'Pope Francis', 'Jane Doe', 'Marco Rubio', 'Olaf Scholz');
const headline = fc.tuple(name, fc.constantFrom('shares final message', 'responds to allegations', 'says talks will go on', 'stable in hospital')).map(([who, what]) => `${who} ${what}`);
const furniture = fc.oneof(
  fc.array(headline, { minLength: 1, maxLength: 4 }).map((lines) => ['Read more:', ...lines].join('\n')),
  fc.array(headline, { minLength: 1, maxLength: 5 }).map((lines) => ['Articles You May Like', '', ...lines].join('\n')),
  name.map((who) => `${who} in Paris on Tuesday. Pic: Reuters`),
  headline.map((h) => `Follow live: ${h}`),
);

describe('findDifferences properties', () => {
  const story = [storyMatch('001'), storyMatch('003')];
  const clean = findDifferences(pageFrom('002'), story, [], corpusIndex);

  it('reports the same differences whatever furniture is inserted between paragraphs', () => {
    const paragraphs = corpusDoc('002').text.split('\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: paragraphs.length }), furniture), { maxLength: 4 }), (insertions) => {
        const lines = [...paragraphs];
        for (const [at, block] of [...insertions].sort((a, b) => b[0] - a[0])) lines.splice(at, 0, block);
        const found = findDifferences(pageFrom('002', lines.join('\n')), story, [], corpusIndex);
        expect(found).toEqual(clean);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws, and every difference lists the page first and each outlet once', () => {
    const words = fc.constantFrom('Paris', 'leaders', 'of', 'France,', 'Germany', 'and', 'others', 'said', 'Sir', 'Keir', 'on', 'Tuesday', 'next', 'week', '“', '”', '.', '\n', '30,000', 'troops', 'Zelensky', 'President', 'Élysée', 'Saudi', 'talks', 'Mr', 'Lord', 'Poland', 'ruled', 'out');
    const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(words, { maxLength: 120 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(text, (pageText) => {
        const found = findDifferences(pageFrom('002', pageText), [storyMatch('001'), storyMatch('004')], [], corpusIndex);
        for (const d of found) {
          expect(d.values[0]?.docId).toBe('page');
          const ids = d.values.map((v) => v.docId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(d.topic.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
