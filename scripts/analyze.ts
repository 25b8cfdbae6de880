// CLI: npm run --silent analyze -- <page.html|-> [--url <url>]
// Prints the Analysis JSON. Exit codes (docs/security.md, "The command line"):
//   0  the page was analysed (article or not: a page that is not one is a valid answer)
//   2  bad input or usage: missing, unreadable, binary or oversized file, a directory,
//      bad arguments, or a missing/damaged corpus index; one line on stderr says which
//   1  an unexpected internal error (a bug); one line on stderr
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/** Larger files are refused before reading: a saved news page is well under 10 MB. */
const MAX_BYTES = 20 * 1024 * 1024;
const USAGE = 'usage: npm run --silent analyze -- <page.html | -> [--url <url>]';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function fail(message: string, code = 2): never {
  console.error(`analyze: ${oneLine(message)}`);
  process.exit(code);
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function parseArgs(args: string[]): { file: string; url: string | null } {
  let url: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--url') {
      url = args[++i] ?? fail(`--url needs a value. ${USAGE}`);
      if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) fail(`--url must be an http or https URL, not ${JSON.stringify(url)}`);
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}. ${USAGE}`);
    } else files.push(arg);
  }
  if (files.length !== 1) fail(`give exactly one HTML file, or - for standard input. ${USAGE}`);
  return { file: files[0]!, url };
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

const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed data', [0x1f, 0x8b]],
];

/** What the bytes are, when they are plainly not an HTML page; null when they may be one. */
function binaryKind(bytes: Buffer): string | null {
  for (const [kind, magic] of BINARY_SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return kind;
  // UTF-16 pages start with a byte-order mark and legitimately contain NUL bytes.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // No text encoding a browser would guess puts NUL bytes in an HTML page (git and grep use the same test).
  if (!utf16 && bytes.subarray(0, 64 * 1024).includes(0)) return 'binary data';
  return null;
}

/**
 * The page as jsdom should see it: valid UTF-8 (the common case, declared or not) as text;
 * anything else as bytes, for jsdom to decode as a browser would (BOM, <meta charset>, else
 * windows-1252), so a legacy-encoded or damaged file still reads, with U+FFFD where bytes are bad.
 */
function decode(bytes: Buffer): string | Buffer {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}

async function main(): Promise<void> {
  const { file, url } = parseArgs(process.argv.slice(2));
  const bytes = readInput(file);
  const kind = binaryKind(bytes);
  if (kind) fail(`${file === '-' ? 'standard input' : file} is not an HTML page (it looks like ${kind})`);

  // Loaded only now, so bad input and usage errors answer at once.
  const [{ JSDOM }, { analyze }, { loadIndex }] = await Promise.all([import('jsdom'), import('../utils/analyze'), import('../utils/corpus/loadIndex')]);
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
  const dom = new JSDOM(decode(bytes), url ? { url } : {});
  process.stdout.write(`${JSON.stringify(analyze(dom.window.document, index, { url }), null, 2)}\n`);
}

main().catch((error: unknown) => {
  fail(`internal error: ${error instanceof Error ? error.message : String(error)}`, 1);
});
