/** The clock stages are timed with; injectable (ReadOptions.now) so tests can pass their own. */
export const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Milliseconds to two decimals, as timings are reported. */
export const round = (ms: number): number => Math.round(ms * 100) / 100;
