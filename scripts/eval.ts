// npm run eval -- <folder> [--json] [--cli] [--only name,name]
// Runs detection, extraction and story matching over a folder of saved pages (<name>/source.html
// or <name>.html / <name>.html.gz) and prints counts: pages, articles found, not-articles with
// their reasons, pages with a story match / quote match / difference, crashes; and, where the
// suite has true article bodies (the extraction benchmark's ground-truth.json, Readability's
// expected.html), text-overlap F1 of our extraction beside Readability's alone. --cli also runs
// every page through the real CLI and counts its exit codes. Suites are read from where they
// lie, never copied; this is a measurement, not a test (not part of npm test).
import { readFileSync } from 'node:fs';
import { loadIndex } from '../utils/corpus/loadIndex';
import { listPages } from './eval/listPages';
import { loadTruth } from './eval/groundTruth';
import { labelOf } from './eval/suiteLabels';
import { evaluatePage, type PageResult } from './eval/evaluatePage';
import { summarise, printSummary } from './eval/summarise';
import { runCliCheck, type CliCheck } from './eval/runCliCheck';

const USAGE = 'usage: npm run eval -- <folder> [--json] [--cli] [--only name,name]';

function parseArgs(argv: string[]): { folder: string; json: boolean; cli: boolean; only: Set<string> | null } {
  let folder: string | null = null;
  let json = false;
  let cli = false;
  let only: Set<string> | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--cli') cli = true;
    else if (arg === '--only') only = new Set((argv[++i] ?? '').split(','));
    else if (!arg.startsWith('--') && folder === null) folder = arg;
    else {
      console.error(`eval: unexpected argument ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (!folder) {
    console.error(`eval: give a folder of saved pages\n${USAGE}`);
    process.exit(2);
  }
  return { folder, json, cli, only };
}

const options = parseArgs(process.argv.slice(2));
const log = (line: string): void => {
  if (!options.json) console.error(line);
};
const index = loadIndex(JSON.parse(readFileSync(new URL('../.generated/corpus-index.json', import.meta.url), 'utf8')));
const pages = listPages(options.folder).filter((page) => !options.only || options.only.has(page.name));
const truth = loadTruth(options.folder);
log(`${pages.length} pages (${truth.suite})…`);
const results: PageResult[] = [];
for (const page of pages) {
  results.push(evaluatePage(page, labelOf(truth.suite, page.name), truth.body(page.name, page.path), index));
  if (results.length % 25 === 0) log(`${results.length}/${pages.length}`);
}
const cli: CliCheck | null = options.cli ? await runCliCheck(pages, 2, log) : null;
const summary = summarise(truth.suite, results, cli);
if (options.json) console.log(JSON.stringify({ summary, pages: results }, null, 2));
else printSummary(summary);
