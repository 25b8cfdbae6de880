// Build step (run by `npm run build` and `npm test`): corpus/ -> .generated/corpus-index.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildIndex } from '../utils/corpus/buildIndex';
import { readCorpus } from './readCorpus';

const outDir = new URL('../.generated/', import.meta.url).pathname;
try {
  const index = buildIndex(readCorpus());
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}corpus-index.json`, JSON.stringify(index));
} catch (error) {
  console.error(`build-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
