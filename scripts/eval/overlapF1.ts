// Text overlap between an extracted body and the true one, scored as the article-extraction
// benchmark scores it: word 4-gram shingles counted with repeats, each page's true/false
// positives and misses normalised to sum 1 (so long pages weigh no more than short ones),
// precision and recall averaged over pages, F1 from the two averages.

export interface Overlap {
  tp: number;
  fp: number;
  fn: number;
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - 3); i++) {
    const shingle = words.slice(i, i + 4).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** One page's overlap, normalised. */
export function pageOverlap(truth: string, predicted: string): Overlap {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

function precision({ tp, fp, fn }: Overlap): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function recall({ tp, fp, fn }: Overlap): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

/** Precision, recall and F1 over pages. */
export function overlapScores(pages: Overlap[]): { f1: number; precision: number; recall: number; pages: number } {
  const p = mean(pages.filter((o) => o.tp + o.fp > 0).map(precision));
  const r = mean(pages.filter((o) => o.tp + o.fn > 0).map(recall));
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, precision: p, recall: r, pages: pages.length };
}
