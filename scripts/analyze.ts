// CLI: npm run --silent analyze -- <page.html|-> [--url <url>] [--library <library.jsonl>]
// Prints the Analysis JSON. With --library the page is compared with the bundled corpus and
// that library together, as the extension compares it (docs/library.md). Exit codes (docs/security.md, "The command line"):
//   0  the page was analysed (article or not: a page that is not one is a valid answer)
//   2  bad input or usage: missing, unreadable, binary or oversized file, a directory,
//      bad arguments, a missing/damaged corpus index, or a library file that is not one
//      or has a bad line; one line on stderr says which
//   1  an unexpected internal error (a bug); one line on stderr
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { MAX_PAGE_BYTES as MAX_BYTES, binaryKind, decodePage } from './decodePage';
import { parsePage } from './parsePage';
import type { Analysis } from '../utils/types';
import type { CorpusIndex } from '../utils/corpus/indexFormat';
const USAGE = 'usage: npm run --silent analyze -- <page.html | -> [--url <url>] [--library <library.jsonl>]';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function fail(message: string, code = 2): never {
  console.error(`analyze: ${oneLine(message)}`);
  process.exit(code);
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function parseArgs(args: string[]): { file: string; url: string | null; library: string | null } {
  let url: string | null = null;
  let library: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--url') {
      url = args[++i] ?? fail(`--url needs a value. ${USAGE}`);
      if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) fail(`--url must be an http or https URL, not ${JSON.stringify(url)}`);
    } else if (arg === '--library') {
      library = args[++i] ?? fail(`--library needs a file (JSON Lines, as \`npm run library\` writes). ${USAGE}`);
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}. ${USAGE}`);
    } else files.push(arg);
  }
  if (files.length !== 1) fail(`give exactly one HTML file, or - for standard input. ${USAGE}`);
  return { file: files[0]!, url, library };
}

/** Standard input, refusing to buffer more than MAX_BYTES. */
function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      fail(`cannot read standard input: ${code ?? String(error)}`);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_BYTES) fail(`standard input is larger than ${megabytes(MAX_BYTES)}; pages that large are not analysed`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function readInput(file: string): Buffer {
  if (file === '-') return readStdin();
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) fail(`${file} is a directory, not an HTML file`);
    if (!stat.isFile()) fail(`${file} is not a regular file`);
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `${file} does not exist` : `cannot read ${file}: ${code ?? String(error)}`);
  }
  if (size > MAX_BYTES) fail(`${file} is ${megabytes(size)}; pages larger than ${megabytes(MAX_BYTES)} are not analysed`);
  try {
    const fd = openSync(file, 'r');
    try {
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The library file read, checked and indexed with the corpus; any bad line is a usage error (exit 2). */
async function readLibrary(path: string, corpus: CorpusIndex): Promise<{ compare: (reading: Analysis) => Analysis }> {
  let content: string;
  try {
    if (statSync(path).isDirectory()) fail(`--library ${path} is a directory, not a library file`);
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `--library ${path} does not exist` : `cannot read --library ${path}: ${code ?? String(error)}`);
  }
  const [{ parseLibraryJsonl }, { createLibraryIndex }, { addToLibraryIndex }, { compareWithLibrary }] = await Promise.all([
    import('../utils/library/parseLibraryJsonl'),
    import('../utils/library/libraryIndex'),
    import('../utils/library/addToLibraryIndex'),
    import('../utils/library/compareWithLibrary'),
  ]);
  const parsed = parseLibraryJsonl(content);
  if (!parsed.ok) fail(`--library ${path}: ${parsed.reason}`);
  const bad = parsed.rejected.filter((r) => !r.duplicate);
  if (bad.length) fail(`--library ${path} line ${bad[0]!.line}: ${bad[0]!.reason}${bad.length > 1 ? ` (and ${bad.length - 1} more bad lines)` : ''}`);
  const index = createLibraryIndex(corpus);
  for (const article of parsed.articles) addToLibraryIndex(index, article);
  return { compare: (reading) => compareWithLibrary(reading, index) };
}

async function main(): Promise<void> {
  const { file, url, library } = parseArgs(process.argv.slice(2));
  const bytes = readInput(file);
  const kind = binaryKind(bytes);
  if (kind) fail(`${file === '-' ? 'standard input' : file} is not an HTML page (it looks like ${kind})`);

  // Loaded only now, so bad input and usage errors answer at once.
  const [jsdom, { analyze, readPage }, { loadIndex }] = await Promise.all([import('jsdom'), import('../utils/analyze'), import('../utils/corpus/loadIndex')]);
  const indexPath = new URL('../.generated/corpus-index.json', import.meta.url);
  let indexJson: unknown;
  try {
    indexJson = JSON.parse(readFileSync(indexPath, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    fail(missing ? 'the corpus index is missing; run `npm run index` first' : 'the corpus index is not valid JSON; rebuild it with `npm run index`');
  }
  let index: ReturnType<typeof loadIndex>;
  try {
    index = loadIndex(indexJson);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const libraryIndex = library ? await readLibrary(library, index) : null;
  const doc = parsePage(jsdom, decodePage(bytes), url);
  const analysis = libraryIndex ? libraryIndex.compare(readPage(doc, { url })) : analyze(doc, index, { url });
  process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
}

main().catch((error: unknown) => {
  fail(`internal error: ${error instanceof Error ? error.message : String(error)}`, 1);
});
