// Word n-gram shingles, hashed: the unit of text reuse for story matching.
import { hashString } from './hashString';
import { STOP_WORDS } from './stopWords';

/**
 * Sorted, unique hashes of every run of `size` consecutive words in each segment.
 * Segments are shingled separately so no shingle spans a removed quote. A shingle made
 * only of function words ("at the end of the") is banal and left out.
 */
export function shingleHashes(segments: string[][], size: number): number[] {
  const hashes = new Set<number>();
  for (const words of segments) {
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size);
      if (run.every((w) => STOP_WORDS.has(w))) continue;
      hashes.add(hashString(run.join(' ')));
    }
  }
  return [...hashes].sort((a, b) => a - b);
}
