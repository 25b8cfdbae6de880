// What the built extension asks for and may run (docs/security.md): no
// permissions beyond reading the pages the reader opens, a strict CSP, no remote code.
// Reads the builds in .output (`npm run build` and `npm run build:firefox`).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = new URL('../../.output/', import.meta.url).pathname;
const TARGETS = ['chrome-mv3', 'firefox-mv2'];
const STRICT_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'none'";

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string };
  content_scripts?: Array<{ matches: string[]; js?: string[]; all_frames?: boolean }>;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
}

const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe.each(TARGETS)('the %s build', (target) => {
  const dir = join(OUTPUT, target);
  const built = existsSync(join(dir, 'manifest.json'));
  const manifest = (): Manifest => {
    if (!built) throw new Error(`no build in ${dir}: run \`npm run build\` and \`npm run build:firefox\` first`);
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  };

  it('asks for no permissions; the content script reads only http and https pages', () => {
    const m = manifest();
    expect(m.permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts?.flatMap((c) => c.matches).sort()).toEqual(['http://*/*', 'https://*/*']);
    // No page or other extension can reach in, and no extension file is exposed to pages.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('has the strict content security policy for its own pages', () => {
    const csp = manifest().content_security_policy;
    expect(typeof csp === 'string' ? csp : csp?.extension_pages).toBe(STRICT_CSP);
  });

  it('loads no remote code and builds none from strings', () => {
    manifest();
    for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(code, file).not.toMatch(/\bimportScripts\s*\(/);
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew Function\s*\(/);
      expect(code, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    }
  });
});
