// Corpus texts + metadata -> CorpusIndex. Pure; run at build time by scripts/build-index.ts.
import { INDEX_FORMAT, type CorpusIndex, type CorpusMeta } from './indexFormat';
import { extractQuotes } from '../quotes/extractQuotes';

export interface CorpusSource {
  meta: CorpusMeta;
  text: string;
}

export function buildIndex(sources: CorpusSource[]): CorpusIndex {
  const docs = sources.map(({ meta, text }) => ({
    ...meta,
    outletLabel: meta.outlet ?? 'Unnamed outlet',
    text,
    quotes: extractQuotes(text),
    fingerprints: [],
  }));
  return { format: INDEX_FORMAT, docs, postings: {} };
}
