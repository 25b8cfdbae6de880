// Word n-gram shingles, hashed: the unit of text reuse for story matching.
import { STOP_WORDS } from './stopWords';

/**
 * Sorted, unique hashes of every run of `size` consecutive words in each segment.
 * Segments are shingled separately so no shingle spans a removed quote. A shingle made
 * only of function words ("at the end of the") is banal and left out. Each hash is
 * hashString of the words joined by single spaces (the index stores those), computed in place.
 */
export function shingleHashes(segments: string[][], size: number): number[] {
  const hashes = new Set<number>();
  for (const words of segments) {
    // Counted once per word, then slid along: how many words of the current run carry content.
    const content = words.map((w) => (STOP_WORDS.has(w) ? 0 : 1));
    let inRun = 0;
    for (let i = 0; i < words.length; i++) {
      inRun += content[i]!;
      if (i >= size) inRun -= content[i - size]!;
      if (i + 1 >= size && inRun > 0) hashes.add(hashWords(words, i + 1 - size, size));
    }
  }
  return [...hashes].sort((a, b) => a - b);
}

/** hashString(words.slice(from, from + count).join(' ')), without building the string. */
function hashWords(words: readonly string[], from: number, count: number): number {
  let hash = 0x811c9dc5;
  for (let k = from; k < from + count; k++) {
    if (k > from) hash = Math.imul(hash ^ 0x20, 0x01000193);
    const word = words[k]!;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}
