import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/readCorpus';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { INDEX_FORMAT } from '../../utils/corpus/indexFormat';
import { loadIndex } from '../../utils/corpus/loadIndex';
import { handQuoteFinder } from '../match/handQuotes';

const sources = readCorpus();
const json = (): Record<string, unknown> & { docs: Array<Record<string, unknown>> } =>
  JSON.parse(JSON.stringify(buildIndex(sources, handQuoteFinder(sources))));

describe('loadIndex', () => {
  it('accepts the index the build writes', () => {
    const index = loadIndex(json());
    expect(index.docs).toHaveLength(5);
  });

  it.each([
    ['not an object', () => 'corpus', 'it is not a JSON object'],
    ['null', () => null, 'it is not a JSON object'],
    ['another format version', () => ({ ...json(), format: INDEX_FORMAT - 1 }), `its format is ${INDEX_FORMAT - 1}`],
    ['docs missing', () => ({ ...json(), docs: undefined }), '"docs" is not a list'],
    ['a duplicate docId', () => { const j = json(); j.docs[1]!.docId = '000'; return j; }, 'docId 000 appears twice'],
    ['a missing text', () => { const j = json(); delete j.docs[2]!.text; return j; }, 'docs[2].text is not a string'],
    ['a numeric outlet', () => { const j = json(); j.docs[0]!.outlet = 7; return j; }, 'docs[0].outlet is neither a string nor null'],
    ['fingerprint counts missing', () => { const j = json(); j.docs[0]!.fingerprints = [1, 2]; return j; }, 'docs[0].fingerprints is not a set of counts'],
    ['a negative count', () => { const j = json(); (j.docs[1]!.fingerprints as Record<string, number>).quote = -1; return j; }, 'docs[1].fingerprints is not a set of counts'],
    ['more postings for a document than it has fingerprints', () => { const j = json(); (j.docs[1]!.fingerprints as Record<string, number>).text = 3; return j; }, 'postings lists document 1 under'],
    ['a posting list out of order', () => { const j = json(); (j.termPostings as Record<string, number[]>).starmer!.reverse(); return j; }, 'termPostings["starmer"] is not in ascending order'],
    ['a quote that does not point at its text', () => { const j = json(); (j.docs[1]!.quotes as Array<{ start: number }>)[0]!.start += 1; return j; }, 'docs[1].quotes[0] does not point at its text'],
    ['a posting to a document that does not exist', () => { const j = json(); (j.postings as Record<string, number[]>)['12345'] = [9]; return j; }, 'postings["12345"] points at document 9'],
    ['a quote-word posting to a missing quote', () => { const j = json(); (j.quoteWordPostings as Record<string, number[]>).premature = [3, 99]; return j; }, 'points at a quote that does not exist'],
    ['an odd quote-word posting', () => { const j = json(); (j.quoteWordPostings as Record<string, number[]>).premature = [3]; return j; }, 'is not a list of [doc, quote] pairs'],
    ['term postings missing', () => { const j = json(); delete j.termPostings; return j; }, 'termPostings is not an object'],
  ])('refuses %s with a clear error', (_what, make, problem) => {
    expect(() => loadIndex(make())).toThrowError(/^The corpus index is damaged or from another version/);
    expect(() => loadIndex(make())).toThrowError(problem);
  });
});
