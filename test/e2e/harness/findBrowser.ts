// Finds a browser binary for the e2e tests. A missing browser is a failure that says how to
// install it, never a skip: a green run must mean the extension was really exercised.
import { accessSync, constants } from 'node:fs';

export interface BrowserSpec {
  /** Name for messages ("Chromium"). */
  name: string;
  /** Environment variable that overrides the path. */
  envVar: string;
  /** Debian's path for the browser. */
  defaultPath: string;
  /** Debian package that provides it. */
  aptPackage: string;
}

export const chromiumSpec: BrowserSpec = {
  name: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  defaultPath: '/usr/bin/chromium',
  aptPackage: 'chromium',
};

export const firefoxSpec: BrowserSpec = {
  name: 'Firefox ESR',
  envVar: 'FIREFOX_PATH',
  defaultPath: '/usr/bin/firefox-esr',
  aptPackage: 'firefox-esr',
};

/** The executable to launch for `spec`; throws an error that says how to install it when absent. */
export function findBrowser(spec: BrowserSpec, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[spec.envVar];
  const candidate = fromEnv && fromEnv.length > 0 ? fromEnv : spec.defaultPath;
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    const where = fromEnv ? `${spec.envVar}=${fromEnv}` : spec.defaultPath;
    throw new Error(
      `${spec.name} not found at ${where}. The end-to-end tests need it: install it with ` +
        `\`sudo apt-get install -y ${spec.aptPackage}\` (Debian/Ubuntu), or set ${spec.envVar} to the browser's executable.`,
    );
  }
}
