// CLI: npm run --silent analyze -- <page.html|-> [--url <url>]
// Prints the Analysis JSON. Exit codes: 0 analysed (article or not), 2 bad input or usage.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { analyze } from '../utils/analyze';
import { loadIndex } from '../utils/corpus/loadIndex';

function fail(message: string): never {
  console.error(`analyze: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let url: string | null = null;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--url') {
    url = args[++i] ?? fail('--url needs a value');
  } else if (arg === '-h' || arg === '--help') {
    console.log('usage: npm run --silent analyze -- <page.html | -> [--url <url>]');
    process.exit(0);
  } else files.push(arg);
}
if (files.length !== 1) fail('give exactly one HTML file, or - for standard input');

let html: string;
try {
  html = readFileSync(files[0] === '-' ? 0 : files[0]!, 'utf8');
} catch (error) {
  fail(`cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}

const indexPath = new URL('../.generated/corpus-index.json', import.meta.url);
let indexJson: unknown;
try {
  indexJson = JSON.parse(readFileSync(indexPath, 'utf8'));
} catch {
  fail('the corpus index is missing; run `npm run index` first');
}
const index = loadIndex(indexJson);
const dom = new JSDOM(html, url ? { url } : {});
process.stdout.write(`${JSON.stringify(analyze(dom.window.document, index, { url }), null, 2)}\n`);
