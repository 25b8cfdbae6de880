// Reads corpus/NNN.txt + corpus/NNN.json from disk (Node only), validating each pair.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusSource } from '../utils/corpus/buildIndex';
import type { CorpusMeta } from '../utils/corpus/indexFormat';

export const CORPUS_DIR = new URL('../corpus/', import.meta.url).pathname;

export function readCorpus(dir: string = CORPUS_DIR): CorpusSource[] {
  const texts = readdirSync(dir).filter((f) => /^\d{3}\.txt$/.test(f)).sort();
  return texts.map((file) => {
    const docId = file.slice(0, 3);
    const text = readFileSync(join(dir, file), 'utf8');
    const meta = JSON.parse(readFileSync(join(dir, `${docId}.json`), 'utf8')) as CorpusMeta;
    return { meta, text };
  });
}
