// The browser tests run the built extension; say how to build it when it is missing, or
// older than the code it is built from (a stale build fails tests for reasons no one can see).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

/**
 * What a build is made from. The corpus index is listed by its own sources (corpus/ and the
 * scripts that build it), not .generated/: every build rewrites that file, so after
 * `npm run build && npm run build:firefox` it is always newer than the first build.
 */
const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'wxt.config.ts', 'corpus', 'scripts/build-index.ts', 'scripts/readCorpus.ts'];

/** The newest source file and its modification time (ms). */
function newestSource(): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  const visit = (file: string): void => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) {
      newest = { file, mtimeMs: stat.mtimeMs };
    }
  };
  for (const source of SOURCES) visit(path.join(repoRoot, source));
  return newest;
}

/** Throws with the build command when `dir` holds no manifest.json, or one older than the sources. */
export function requireBuild(dir: string, command: string): void {
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No built extension in ${dir}: run \`${command}\` first (\`npm test\` builds both targets).`);
  }
  const newest = newestSource();
  if (newest && newest.mtimeMs > statSync(manifest).mtimeMs) {
    throw new Error(
      `The build in ${dir} is older than ${path.relative(repoRoot, newest.file)}: run \`${command}\` ` +
        '(`npm test` builds both targets first).',
    );
  }
}
