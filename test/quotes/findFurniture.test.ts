import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../utils/quotes/findFurniture';
import { splitParagraphs } from '../../utils/quotes/splitParagraphs';

const skipped = (text: string): string[] => {
  const paragraphs = splitParagraphs(text);
  const skip = findFurniture(text, paragraphs);
  return paragraphs.filter((_, i) => skip.has(i)).map((p) => text.slice(p.start, p.end));
};

describe('findFurniture', () => {
  it('skips a "Read more:" label and the headlines under it, up to the next prose paragraph', () => {
    const text = 'Prose one.\nRead more:\nPope stable in hospital\nIsrael says it will act\nUS President Donald Trump has said more.';
    expect(skipped(text)).toEqual(['Read more:', 'Pope stable in hospital', 'Israel says it will act']);
  });

  it('ends the list at a blank line', () => {
    expect(skipped('Read more:\nPope stable in hospital\n\nShort line without stop')).toEqual(['Read more:', 'Pope stable in hospital']);
  });

  it('skips link lines with the headline on the same line', () => {
    expect(skipped('Follow live: Russia gives more details\nAnalysis: Sombre Starmer confronts new order\nProse.')).toEqual([
      'Follow live: Russia gives more details',
      'Analysis: Sombre Starmer confronts new order',
    ]);
  });

  it('leaves prose alone', () => {
    expect(skipped('Sir Keir said: “Europe must play its role.”\nReading more into it, he added nothing.')).toEqual([]);
  });
});
