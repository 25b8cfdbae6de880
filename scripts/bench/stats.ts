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

/** Our time as a multiple of a reference's, page by page: each page's ratio, then their median and geometric mean. */
export interface PairedRatio {
  /** Median of the per-page ratios: the typical page. */
  median: number;
  /** Geometric mean of the per-page ratios (the mean that suits ratios). */
  geomean: number;
  /** Pages compared. */
  n: number;
}

/**
 * Compares two timings on the same pages: `pairs` holds, per page, our median and the
 * reference's median. A ratio of two pooled medians would compare different pages whenever the
 * two pools' middles fall on different pages; on the fixture pages it swung 1.30–1.58 over three
 * back-to-back runs, the per-page median 1.45–1.57.
 */
export function pairedRatio(pairs: ReadonlyArray<readonly [ours: number, reference: number]>): PairedRatio {
  const ratios = pairs.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0).map(([a, b]) => a / b);
  const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 100) / 100 : x);
  const geomean = ratios.length ? Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length) : Number.NaN;
  return { median: round(median(ratios)), geomean: round(geomean), n: ratios.length };
}
