import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze } from '../../utils/analyze';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { readCorpus } from '../../scripts/readCorpus';

const index = buildIndex(readCorpus());

describe('analyze', () => {
  it('says why an empty document is not an article, without throwing', () => {
    const result = analyze(new JSDOM('').window.document, index);
    expect(result.isArticle).toBe(false);
    expect(result.reason.length).toBeGreaterThan(10);
    expect(result.article).toBeNull();
    expect(result.timings.total).toBeGreaterThanOrEqual(0);
  });
});
