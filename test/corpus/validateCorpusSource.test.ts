import { describe, expect, it } from 'vitest';
import { validateCorpusSource } from '../../utils/corpus/validateCorpusSource';

const good = { docId: '007', outlet: null, title: 'Leaders meet in Paris', titleDerived: true, credits: ['BBC'], note: '' };
const TEXT = 'Leaders met in Paris on Monday.';

describe('validateCorpusSource', () => {
  it('accepts good metadata and returns it typed', () => {
    expect(validateCorpusSource(good, TEXT, '007.json', '007')).toEqual(good);
    expect(validateCorpusSource({ ...good, outlet: 'Sky News', republishes: null }, TEXT, '007.json', '007').outlet).toBe('Sky News');
  });

  it.each([
    ['not an object', [], 'must be a JSON object'],
    ['a missing field', { ...good, note: undefined }, 'missing field "note"'],
    ['an unknown field', { ...good, url: 'https://example.com' }, 'unknown field "url"'],
    ['a docId that is not the file number', { ...good, docId: '008' }, '"docId" is "008" but the file is number "007"'],
    ['an empty outlet (unknown must be null)', { ...good, outlet: '' }, '"outlet" must be a non-empty string, or null'],
    ['a placeholder title', { ...good, title: 'TODO' }, '"title" is a placeholder'],
    ['a non-boolean titleDerived', { ...good, titleDerived: 'yes' }, '"titleDerived" must be true or false'],
    ['credits that are not names', { ...good, credits: 'BBC' }, '"credits" must be a list of outlet names'],
    ['a credit listed twice', { ...good, credits: ['BBC', 'BBC'] }, 'lists an outlet twice'],
    ['an own headline not in the text', { ...good, titleDerived: false }, 'does not appear in the text'],
  ])('stops on %s, naming the file', (_what, meta, problem) => {
    const clean = JSON.parse(JSON.stringify(meta)) as unknown; // drops undefined fields, as JSON would
    expect(() => validateCorpusSource(clean, TEXT, '007.json', '007')).toThrowError(new RegExp(`^007\\.json: .*${problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('stops on an empty text', () => {
    expect(() => validateCorpusSource(good, '  \n', '007.json', '007')).toThrowError('007.json: the article text is empty');
  });
});
