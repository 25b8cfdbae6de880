// Where the e2e harness finds the built extension, the fixture pages and where it writes results.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (this file lives in test/e2e/harness/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The unpacked Chromium build (`npm run build`). */
export const chromeBuildDir = path.join(repoRoot, '.output/chrome-mv3');

/** The unpacked Firefox build (`npm run build:firefox`). */
export const firefoxBuildDir = path.join(repoRoot, '.output/firefox-mv2');

/** Fixture pages written for the unit and fixture tests; served at /fixtures/. */
export const fixturesDir = path.join(repoRoot, 'test/fixtures');

/** The library's own invented pages (the Harwick bridge vote, test/library/pages); served at /library/. */
export const libraryPagesDir = path.join(repoRoot, 'test/library/pages');

/** Pages written only for the browser tests; served at /pages/. */
export const e2ePagesDir = path.join(repoRoot, 'test/e2e/pages');

/** Screenshots and measurements for people (and the benchmark) to look at. */
export const resultsDir = path.join(repoRoot, 'test-results');

/** Pages generated at test time (the 3 MB pages: no megabytes in git); served at /generated/. */
export const generatedPagesDir = path.join(resultsDir, 'generated-pages');
