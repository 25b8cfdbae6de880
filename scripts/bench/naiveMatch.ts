// The baseline the scale benchmark compares with: no index, the page compared with every
// corpus article in full at query time (word 5-gram containment). Written plainly but not
// wastefully: the page's shingles are built once, each article is tokenised once.
import type { CorpusSource } from '../../utils/corpus/buildIndex';

const SHINGLE = 5;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(words: string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

export interface NaiveHit {
  docId: string;
  /** Share of the article's 5-grams that the page also has. */
  containment: number;
}

/** Every article sharing at least `threshold` of its 5-grams with the page, best first. */
export function naiveMatch(pageText: string, corpus: readonly CorpusSource[], threshold = 0.05): NaiveHit[] {
  const page = shingles(tokens(pageText));
  const hits: NaiveHit[] = [];
  for (const { meta, text } of corpus) {
    const words = tokens(text);
    const total = words.length - SHINGLE + 1;
    if (total <= 0) continue;
    let shared = 0;
    for (let i = 0; i < total; i++) if (page.has(words.slice(i, i + SHINGLE).join(' '))) shared++;
    if (shared / total >= threshold) hits.push({ docId: meta.docId, containment: shared / total });
  }
  return hits.sort((a, b) => b.containment - a.containment);
}
