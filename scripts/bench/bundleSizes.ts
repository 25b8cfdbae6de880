// Sizes of the built extension (.output/chrome-mv3 after `npm run build`), raw and gzipped,
// grouped by what the reader downloads and runs: content script, popup, background, corpus index.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD_DIR = new URL('../../.output/chrome-mv3/', import.meta.url).pathname;
export const GENERATED_INDEX = new URL('../../.generated/corpus-index.json', import.meta.url).pathname;

export interface PartSize {
  files: string[];
  /** Bytes on disk. */
  raw: number;
  /** Bytes gzipped (level 9, each file alone, summed): what a store download or disk cache roughly costs. */
  gzip: number;
}

export interface BundleSizes {
  content: PartSize;
  popup: PartSize;
  background: PartSize;
  /** The corpus index as shipped: a file of its own if the build has one, else the generated JSON (then `inlinedIn` says where it went). */
  index: PartSize & { inlinedIn: string | null };
  /** Every built file, for the curious. */
  total: PartSize;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function measure(dir: string, files: string[]): PartSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** Files a page or script pulls in: script src, link href, static and dynamic imports of local chunks. */
function references(dir: string, file: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const found = new Set<string>();
  const pattern = /(?:src|href)=["']([^"':]+\.(?:js|css))["']|(?:from|import\()\s*["']([^"':]+\.(?:js|css))["']|import\s*["']([^"':]+\.(?:js|css))["']/g;
  for (const match of text.matchAll(pattern)) {
    const ref = match[1] ?? match[2] ?? match[3];
    if (!ref) continue;
    const base = file.includes('/') && !ref.startsWith('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const path = join(base, ref.replace(/^\//, ''));
    if (existsSync(join(dir, path))) found.add(path);
  }
  return [...found];
}

function closure(dir: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = roots.filter((r) => existsSync(join(dir, r)));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.(?:js|html)$/.test(file)) queue.push(...references(dir, file));
  }
  return [...seen].sort();
}

export function bundleSizes(dir: string = BUILD_DIR, generatedIndex: string = GENERATED_INDEX): BundleSizes | null {
  if (!existsSync(join(dir, 'manifest.json'))) return null;
  const all = walk(dir).map((path) => relative(dir, path)).sort();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
    background?: { service_worker?: string; scripts?: string[] };
    action?: { default_popup?: string };
  };
  const contentRoots = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const backgroundRoots = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  const popupRoots = manifest.action?.default_popup ? [manifest.action.default_popup] : [];

  const indexFile = all.find((f) => /corpus-index[^/]*\.json$/.test(f));
  let index: BundleSizes['index'];
  if (indexFile) {
    index = { ...measure(dir, [indexFile]), inlinedIn: null };
  } else {
    // Not a file of its own: it is bundled into a script; find which by a string only the index has.
    const sample = existsSync(generatedIndex) ? readFileSync(generatedIndex, 'utf8') : '';
    const marker = /"fingerprints":/.test(sample) ? 'fingerprints' : null;
    const host = marker ? all.find((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes(marker)) ?? null : null;
    const raw = Buffer.byteLength(sample);
    index = { files: existsSync(generatedIndex) ? [relative(join(dir, '..', '..'), generatedIndex)] : [], raw, gzip: raw ? gzipSync(sample, { level: 9 }).length : 0, inlinedIn: host };
  }
  return {
    content: measure(dir, closure(dir, contentRoots)),
    popup: measure(dir, closure(dir, popupRoots)),
    background: measure(dir, closure(dir, backgroundRoots)),
    index,
    total: measure(dir, all),
  };
}
