// Size budgets for the built extension, in gzipped bytes. docs/performance.md
// lists the same numbers with the reason for each; test/size holds the build to them.
export const KB = 1024;

export const SIZE_BUDGETS = {
  /** Runs on every page the reader opens: detection, extraction (Readability ~12 KB), quotes. */
  content: 60 * KB,
  /** Opened on a click: Preact, the components, the word diffs. */
  popup: 50 * KB,
  /** Holds the matching and the differences stages (jsdiff), plus the index if it is bundled in. */
  background: 120 * KB,
  /** The corpus index: five articles' text, quotes and fingerprints. */
  index: 60 * KB,
} as const;

export type BudgetedPart = keyof typeof SIZE_BUDGETS;
