// Loads and checks the bundled index; a corrupted or mismatched index throws a clear error.
import { INDEX_FORMAT, type CorpusIndex } from './indexFormat';

export function loadIndex(json: unknown): CorpusIndex {
  const index = json as CorpusIndex;
  if (!index || typeof index !== 'object' || index.format !== INDEX_FORMAT || !Array.isArray(index.docs)) {
    throw new Error(`The corpus index is damaged or from another version (expected format ${INDEX_FORMAT}).`);
  }
  return index;
}
