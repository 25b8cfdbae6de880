// Build step (run by `npm run build` and `npm test`): corpus/ -> .generated/corpus-index.json.
// A corpus file that fails validation stops the build with a message naming the file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildIndex } from '../utils/corpus/buildIndex';
import { loadIndex } from '../utils/corpus/loadIndex';
import { readCorpus } from './readCorpus';

const outDir = new URL('../.generated/', import.meta.url).pathname;
try {
  const index = buildIndex(readCorpus());
  // What we ship must pass the same check the extension applies when loading it.
  loadIndex(JSON.parse(JSON.stringify(index)));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}corpus-index.json`, JSON.stringify(index));
} catch (error) {
  console.error(`build-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
