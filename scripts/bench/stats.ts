// Summary statistics for benchmark samples: medians and p95, never single timings.

/** The q-quantile (0..1) of `samples` by nearest rank; NaN when there are none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** The median: the mean of the two middle samples when their number is even. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** Median, p95 and count, rounded to 0.01 ms. */
export function summarize(samples: readonly number[]): Summary {
  const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 100) / 100 : x);
  return { median: round(median(samples)), p95: round(quantile(samples, 0.95)), n: samples.length };
}
