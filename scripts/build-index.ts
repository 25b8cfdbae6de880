// Build step (run by `npm run build` and `npm test`): corpus/ -> .generated/corpus-index.json.
// A corpus file that fails validation stops the build with a message naming the file.
// Usage: tsx scripts/build-index.ts [corpusDir] [outFile] (defaults: corpus/, .generated/corpus-index.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildIndex } from '../utils/corpus/buildIndex';
import { loadIndex } from '../utils/corpus/loadIndex';
import { CORPUS_DIR, readCorpus } from './readCorpus';

const corpusDir = process.argv[2] ?? CORPUS_DIR;
const outFile = process.argv[3] ?? new URL('../.generated/corpus-index.json', import.meta.url).pathname;
try {
  const index = buildIndex(readCorpus(corpusDir));
  // What we ship must pass the same check the extension applies when loading it.
  loadIndex(JSON.parse(JSON.stringify(index)));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(index));
} catch (error) {
  console.error(`build-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
