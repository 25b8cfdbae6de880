// Reads corpus/NNN.txt + corpus/NNN.json from disk (Node only), validating each pair; any
// problem throws an Error that names the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusSource } from '../utils/corpus/buildIndex';
import { validateCorpusSource } from '../utils/corpus/validateCorpusSource';

export const CORPUS_DIR = new URL('../corpus/', import.meta.url).pathname;

export function readCorpus(dir: string = CORPUS_DIR): CorpusSource[] {
  const files = readdirSync(dir);
  const texts = files.filter((f) => /^\d{3}\.txt$/.test(f)).sort();
  const metas = new Set(files.filter((f) => /^\d{3}\.json$/.test(f)));
  for (const file of files) {
    if (/\.(txt|json)$/.test(file) && !/^\d{3}\.(txt|json)$/.test(file)) {
      throw new Error(`${file}: corpus files must be named NNN.txt and NNN.json (three digits)`);
    }
  }
  for (const meta of metas) {
    if (!texts.includes(meta.replace('.json', '.txt'))) throw new Error(`${meta}: metadata without a text (${meta.replace('.json', '.txt')} is missing)`);
  }
  if (texts.length === 0) throw new Error(`${dir}: the corpus has no NNN.txt files`);
  return texts.map((file) => {
    const docId = file.slice(0, 3);
    const metaFile = `${docId}.json`;
    if (!metas.has(metaFile)) throw new Error(`${metaFile}: missing (every ${file} needs its metadata file)`);
    const text = readFileSync(join(dir, file), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, metaFile), 'utf8'));
    } catch (error) {
      throw new Error(`${metaFile}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    return { meta: validateCorpusSource(json, text, metaFile, docId), text };
  });
}
