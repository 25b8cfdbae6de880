// The saved pages in an evaluation folder: <name>/source.html (Readability's layout) or
// <name>.html / <name>.html.gz (the benchmark's layout; the plain file wins when both exist).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFile {
  /** The page's name: its folder, or its file name without .html / .html.gz. */
  name: string;
  path: string;
}

export function listPages(folder: string): PageFile[] {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      const source = join(path, 'source.html');
      if (existsSync(source)) pages.set(entry, source);
      continue;
    }
    const match = /^(.*)\.html(\.gz)?$/.exec(entry);
    if (!match) continue;
    const name = match[1]!;
    if (!match[2] || !pages.has(name)) pages.set(name, path);
  }
  return [...pages].map(([name, path]) => ({ name, path })).sort((a, b) => a.name.localeCompare(b.name));
}
