// Random article texts for the library's property tests: a small vocabulary, so that with more
// than BANAL_MIN_DOCS articles many words become banal, a few rare words, and sometimes a quote
// with its speaker; and a small corpus made of such texts.
import fc from 'fast-check';
import { buildIndex, type CorpusSource } from '../../utils/corpus/buildIndex';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';

const VOCAB = ['council', 'bridge', 'river', 'vote', 'mayor', 'engineer', 'beams', 'traffic', 'repairs', 'market', 'detour', 'shuttle', 'closure', 'report', 'steel', 'money', 'town', 'north', 'bank', 'shops'];
export const rare = (i: number): string => `zq${i.toString(36)}word`;
const words = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...VOCAB) }, { weight: 1, arbitrary: fc.nat(40).map(rare) }), { minLength: 6, maxLength: 30 });
export const textArb = fc.tuple(words, fc.option(words, { nil: null })).map(([own, quoted]) => `${own.join(' ')}.${quoted ? ` "${quoted.join(' ')}," said Dana Okafor.` : ''}`);


export function corpusOf(texts: string[]): CorpusIndex {
  const sources: CorpusSource[] = texts.map((text, i) => ({ meta: { docId: String(i).padStart(3, '0'), outlet: null, title: 't', titleDerived: true, credits: [], note: '' }, text }));
  return buildIndex(sources);
}
