// CLI: npm run --silent library -- <folder of saved pages> [--read-at <ISO time>] > library.jsonl
// Turns a collection of saved pages (e.g. a researcher's coverage of one event) into a library
// file, one article a line (docs/library.md), that `analyze --library` and the extension's import
// read. Each page is read as the analyze CLI reads it; only pages detected as news articles are
// kept, the same article under two URLs once. Skipped pages are reported on stderr, one a line.
// Exit codes: 0 done (even when some pages were skipped); 2 bad usage or an unreadable folder
// (one line on stderr); 1 an unexpected internal error.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listPages } from './eval/listPages';
import { MAX_PAGE_BYTES, binaryKind, decodePage } from './decodePage';
import { parsePage } from './parsePage';
import type { LibraryArticle } from '../utils/library/libraryArticle';
import { yieldToLoop } from '../utils/pipeline/yieldToLoop';

const USAGE = 'usage: npm run --silent library -- <folder of saved pages> [--read-at <ISO time>] > library.jsonl';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function fail(message: string, code = 2): never {
  console.error(`library: ${oneLine(message)}`);
  process.exit(code);
}

function parseArgs(args: string[]): { folder: string; readAt: string | null } {
  let readAt: string | null = null;
  const folders: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--read-at') {
      const value = args[++i] ?? fail(`--read-at needs a time. ${USAGE}`);
      if (Number.isNaN(Date.parse(value))) fail(`--read-at must be a date and time (ISO 8601), not ${JSON.stringify(value)}`);
      readAt = new Date(Date.parse(value)).toISOString();
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}. ${USAGE}`);
    } else folders.push(arg);
  }
  if (folders.length !== 1) fail(`give exactly one folder. ${USAGE}`);
  return { folder: folders[0]!, readAt };
}

/** Every saved page under `folder` (listPages: both suite layouts, subfolders, gzipped pages), in a stable order. */
function pagesUnder(folder: string): string[] {
  try {
    if (!statSync(folder).isDirectory()) fail(`${folder} is not a folder`);
    return listPages(folder).map((page) => page.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `${folder} does not exist` : `cannot read ${folder}: ${code ?? String(error)}`);
  }
}

async function main(): Promise<void> {
  const { folder, readAt } = parseArgs(process.argv.slice(2));
  const pages = pagesUnder(folder);
  if (pages.length === 0) fail(`${folder} holds no saved pages (.html, .htm, .xhtml, gzipped or not)`);
  const [jsdom, { readPage }, { buildLibraryArticle }, { formatLibraryLine }] = await Promise.all([
    import('jsdom'),
    import('../utils/pipeline/readPage'),
    import('../utils/library/buildLibraryArticle'),
    import('../utils/library/formatLibraryJsonl'),
  ]);
  const kept = new Map<string, { article: LibraryArticle; page: string }>();
  let skipped = 0;
  const skip = (page: string, why: string): void => {
    skipped++;
    console.error(`library: skipped ${page}: ${oneLine(why)}`);
  };
  for (const path of pages) {
    const page = relative(folder, path);
    const { size, mtime } = statSync(path);
    if (size > MAX_PAGE_BYTES) {
      skip(page, `larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
      continue;
    }
    let bytes: Buffer;
    try {
      const raw = readFileSync(path);
      // A gzipped saved page (the benchmark suite's layout) is read as the page it holds.
      bytes = path.endsWith('.gz') ? gunzipSync(raw, { maxOutputLength: MAX_PAGE_BYTES }) : raw;
    } catch (error) {
      skip(page, `could not be read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const kind = binaryKind(bytes);
    if (kind) {
      skip(page, `not an HTML page (it looks like ${kind})`);
      continue;
    }
    let reading: ReturnType<typeof readPage>;
    let doc: Document | undefined;
    try {
      // parsePage keeps jsdom's console quiet (stderr lists skipped pages only) and survives style sheets jsdom cannot parse.
      doc = parsePage(jsdom, decodePage(bytes), null);
      reading = readPage(doc);
    } catch (error) {
      // One unreadable page must not cost the whole collection.
      skip(page, `could not be read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    } finally {
      // The reading is plain data. jsdom frees a closed window's page only once the event loop
      // has turned: without the turn a collection of 6,400 wire stories ran out of memory at 4 GB.
      doc?.defaultView?.close();
      await yieldToLoop();
    }
    // When the page was read: given, else when it was saved.
    const article = buildLibraryArticle(reading, readAt ?? mtime.toISOString());
    if (!article) {
      skip(page, reading.problem ?? reading.reason);
      continue;
    }
    const earlier = kept.get(article.id);
    if (earlier) {
      const later = article.readAt >= earlier.article.readAt;
      skip(later ? earlier.page : page, `the same article as ${later ? page : earlier.page} (kept once)`);
      if (!later) continue;
    }
    kept.set(article.id, { article, page });
  }
  // In the order the pages were listed, so the same folder always gives the same file.
  const order = new Map(pages.map((path, i) => [relative(folder, path), i]));
  const lines = [...kept.values()].sort((a, b) => order.get(a.page)! - order.get(b.page)!).map(({ article }) => `${formatLibraryLine(article)}\n`);
  process.stdout.write(lines.join(''));
  console.error(`library: ${kept.size} article${kept.size === 1 ? '' : 's'} from ${pages.length} page${pages.length === 1 ? '' : 's'}${skipped ? `; ${skipped} skipped` : ''}`);
}

main().catch((error: unknown) => {
  fail(`internal error: ${error instanceof Error ? error.message : String(error)}`, 1);
});
