import { describe, expect, it } from 'vitest';
import { findFurnitureLines, type FurnitureOptions } from '../../utils/text/findFurnitureLines';
import { splitParagraphs } from '../../utils/text/splitParagraphs';

const skipped = (text: string, options?: FurnitureOptions): string[] => {
  const lines = splitParagraphs(text);
  const furniture = findFurnitureLines(lines, options);
  return lines.filter((_, i) => furniture.has(i)).map((line) => line.text);
};

// The quote stage (no options) and the details stage (shortLines) read the same furniture, from
// the corpus texts and from extracted pages; the article stage reads page blocks (test/article).
describe('findFurnitureLines: lists of other stories', () => {
  it.each([
    [
      'a "Read more:" label and the headlines under it, up to the next prose paragraph',
      'Prose one.\nRead more:\nPope stable in hospital\nIsrael says it will act\nUS President Donald Trump has said more.',
      ['Read more:', 'Pope stable in hospital', 'Israel says it will act'],
    ],
    ['a list ends at a blank line', 'Read more:\nPope stable in hospital\n\nShort line without stop', ['Read more:', 'Pope stable in hospital']],
    ['a label may stand a blank line above its list', 'Articles You May Like\n\nLaura Whitmore shares final message\nMLS jersey Power Rankings: Who’s the best dressed in 2025?\n\nThe report goes on.', ['Articles You May Like', 'Laura Whitmore shares final message', 'MLS jersey Power Rankings: Who’s the best dressed in 2025?']],
    [
      'link lines with the headline on the same line',
      'Follow live: Russia gives more details\nAnalysis: Sombre Starmer confronts new order\nProse.',
      ['Follow live: Russia gives more details', 'Analysis: Sombre Starmer confronts new order'],
    ],
    ['the title line under a video prompt', 'Please use Chrome browser for a more accessible video player\nStarmer arrives in Paris\nThe talks began.', ['Please use Chrome browser for a more accessible video player', 'Starmer arrives in Paris']],
    ['a caption', 'Leaders arrive at the Elysee Palace on Monday. Photograph: Channel Post\nThe talks began.', ['Leaders arrive at the Elysee Palace on Monday. Photograph: Channel Post']],
    ['prose, whatever it starts with', 'Sir Keir said: “Europe must play its role.”\nReading more into it, he added nothing.\nAnalysis of the figures shows spending has risen.', []],
    ['a prose line with a "label:" is not a link', 'Analysis: the figures show that spending has risen every year since 2014, the minister said.', []],
  ])('%s', (_, text, expected) => {
    expect(skipped(text)).toEqual(expected);
  });
});

describe('findFurnitureLines with shortLines: captions, link lists and labels are not reporting', () => {
  it.each([
    ['European leaders at the security summit in Paris. Pic: Number 10/Flickr', true],
    ['Image:', true],
    ['Follow live: Russia gives more details ahead of peace talks with US', true],
    ['Analysis: Sombre Starmer confronts emerging new world order', true],
    ['Please use Chrome browser for a more accessible video player', true],
    ['Read more:', true],
    ['Leaders arrive at the Elysee Palace on Monday. Photograph: Channel Post', true],
    ['UK', true],
    ['(BBC)', true],
    ['Starmer ‘prepared to send troops to Ukraine’', true],
    ['The US and Russia are meeting in Saudi Arabia to discuss the Ukraine war.', false],
    ['“This is a once in a generation moment for the collective security of our continent.”', false],
  ])('%s -> %s', (line, furniture) => {
    expect(skipped(line, { shortLines: true })).toEqual(furniture ? [line] : []);
  });

  it('keeps a short line without a full stop for the quote stage', () => {
    expect(skipped('Starmer ‘prepared to send troops to Ukraine’')).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it.each([
    ['a\nb', [['a', true], ['b', false]]],
    ['a\n\nb', [['a', true], ['b', true]]],
    ['a\r\nb\r\n\r\n  c  ', [['a', true], ['b', false], ['c', true]]],
    ['\n  \na\n \t \nb', [['a', true], ['b', true]]],
  ] as const)('%j', (text, expected) => {
    const lines = splitParagraphs(text);
    expect(lines.map((l) => [l.text, l.blankBefore])).toEqual(expected);
    expect(lines.every((l) => text.slice(l.start, l.end) === l.text)).toBe(true);
  });
});
