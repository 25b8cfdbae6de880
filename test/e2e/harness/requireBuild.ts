// The browser tests run the built extension; say how to build it when it is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Throws with the build command when `dir` holds no manifest.json. */
export function requireBuild(dir: string, command: string): void {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`${command}\` first (\`npm test\` builds both targets).`);
  }
}
