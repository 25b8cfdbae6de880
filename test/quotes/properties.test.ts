// Property tests: on any text at all (unbalanced and mixed marks, emoji, right-to-left scripts,
// NUL, zero-width characters), extraction and attribution never throw and return sane spans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';

// Pieces that exercise the rules: every quote mark, apostrophe contexts, paragraph breaks,
// cue words and names, and awkward characters.
const PIECES = [
  '“', '”', '"', "'", '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』',
  ' ', '  ', '\n', '\n\n', '\r\n', '\u00a0', '\u202f', '\u200b', '\u200f', '\u2028', '\0', '\t',
  'a', 'I', 'we’re', 'Britain’s', '’90s', 'rock ’n’ roll', 'it', '.', ',', ':', '?', '!', '—', '(', ')',
  'he said', ' she added', 'said Sir Keir', 'Sir Keir Starmer', 'the prime minister said', 'according to',
  'UK Prime Minister', 'German Chancellor Olaf Scholz,', 'a diplomatic source commented,', 'Mr.', 'U.S.',
  'Read more:', 'Follow live:', 'von der', 'Critics, including', '😀', '👩‍👩‍👧', 'שלום', 'قال', '平和',
];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(pieceText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

function checkInvariants(text: string): void {
  const quotes = extractQuotes(text);
  let lastEnd = 0;
  quotes.forEach((q, i) => {
    expect(q.id).toBe(`q${i + 1}`);
    expect(Number.isInteger(q.start) && Number.isInteger(q.end)).toBe(true);
    expect(q.start).toBeGreaterThanOrEqual(lastEnd);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    // A quote never runs past its paragraph: a lost closing mark cannot swallow the article.
    expect(/[\n\r\u2028\u2029]/u.test(q.text)).toBe(false);
    expect(q.speaker === null || (typeof q.speaker === 'string' && q.speaker.trim().length > 0)).toBe(true);
    expect(typeof q.fragment).toBe('boolean');
    lastEnd = q.end;
  });
}

describe('extractQuotes properties', () => {
  it('never throws and returns ordered, non-overlapping, in-range spans whose slice is the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds no quote in text without any quote mark', () => {
    fc.assert(
      fc.property(pieceText, (text) => {
        const plain = text.replace(/[“”"'‘’„‚«»‹›「」『』]/gu, '');
        expect(extractQuotes(plain)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a well-formed quote wherever it is placed among arbitrary pieces', () => {
    fc.assert(
      fc.property(pieceText, pieceText, (before, after) => {
        // Break the paragraph on both sides so neighbours cannot pair with its marks.
        const text = `${before}\n\nSir Keir Starmer said: “We are ready.”\n\n${after}`;
        const start = before.length + '\n\nSir Keir Starmer said: “'.length;
        const found = extractQuotes(text).find((q) => q.start === start);
        expect(found?.text).toBe('We are ready.');
        // Surrounding text may name him more fully (or oddly), but it is always Starmer.
        expect(found?.speaker).toMatch(/Starmer/u);
      }),
      { numRuns: 1000 },
    );
  });
});
