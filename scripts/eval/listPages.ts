// The saved pages in a folder, for the evaluation and the library command: <name>/source.html
// (Readability's layout), <name>.html / <name>.html.gz (the benchmark's layout; the plain file
// wins when both exist), and any other saved page (.htm, .xhtml, gzipped or not) in the folder or
// its subfolders (a researcher's collection), named by its path without the extension.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFile {
  /** The page's name: its folder, or its path under the folder without .html / .html.gz. */
  name: string;
  path: string;
}

const PAGE = /^(.*)\.(html?|xhtml)(\.gz)?$/i;

function collect(folder: string, prefix: string, pages: Map<string, string>): void {
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      const source = join(path, 'source.html');
      if (existsSync(source)) pages.set(prefix + entry, source);
      else collect(path, `${prefix}${entry}/`, pages);
      continue;
    }
    const match = PAGE.exec(entry);
    if (!match) continue;
    const name = prefix + match[1]!;
    if (!match[3] || !pages.has(name)) pages.set(name, path);
  }
}

export function listPages(folder: string): PageFile[] {
  const pages = new Map<string, string>();
  collect(folder, '', pages);
  return [...pages].map(([name, path]) => ({ name, path })).sort((a, b) => a.name.localeCompare(b.name));
}
