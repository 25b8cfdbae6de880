import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/readCorpus';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { INDEX_FORMAT } from '../../utils/corpus/indexFormat';
import { loadIndex } from '../../utils/corpus/loadIndex';
import { postingList } from '../../utils/corpus/postingList';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { storyFeatures, type StoryFeatures } from '../../utils/match/storyFeatures';

const sources = readCorpus();
const index = buildIndex(sources);

describe('the corpus metadata (only what the texts show)', () => {
  it.each([
    ['000', null, 'Sky News', []],
    ['001', 'Tribune Online', undefined, ['BBC']],
    ['002', 'Sky News', undefined, []],
    ['003', null, undefined, []],
    ['004', null, undefined, ['BBC', 'Express']],
  ])('%s: outlet %s, republishes %s, credits %j', (docId, outlet, republishes, credits) => {
    const { meta } = sources.find((s) => s.meta.docId === docId)!;
    expect(meta.outlet).toBe(outlet);
    expect(meta.republishes).toBe(republishes);
    expect(meta.credits).toEqual(credits);
    expect(meta.note.length).toBeGreaterThan(20);
  });

  it('uses the text’s own headline where it has one (000) and marks every other title as derived', () => {
    for (const { meta, text } of sources) {
      if (meta.docId === '000') {
        expect(meta.titleDerived).toBe(false);
        expect(text.split('\n')).toContain(meta.title);
      } else {
        expect(meta.titleDerived, meta.docId).toBe(true);
        expect(meta.title.length).toBeLessThan(70);
      }
    }
  });

  it('names no URL anywhere', () => {
    for (const { meta } of sources) expect(JSON.stringify(meta)).not.toMatch(/https?:|www\./);
  });
});

describe('buildIndex', () => {
  it('keeps every text, its quotes from the quote stage, and the format version', () => {
    expect(index.format).toBe(INDEX_FORMAT);
    index.docs.forEach((doc, i) => {
      expect(doc.text).toBe(sources[i]!.text);
      expect(doc.quotes).toEqual(extractQuotes(doc.text));
    });
  });

  it('names unnamed outlets honestly', () => {
    expect(index.docs.map((d) => d.outletLabel)).toEqual([
      'Unnamed outlet (republishes Sky News)',
      'Tribune Online',
      'Sky News',
      'Unnamed outlet',
      'Unnamed outlet (credits BBC, Express)',
    ]);
  });

  it('posts every fingerprint of every document under that document, and counts them', () => {
    index.docs.forEach((doc, d) => {
      const f = storyFeatures(doc.text, doc.quotes);
      expect(doc.fingerprints).toEqual({ text: f.fingerprints.length, quote: f.quoteFingerprints.length, terms: f.terms.length });
      expect(doc.fingerprints.text).toBeGreaterThan(100);
      for (const h of f.fingerprints) expect(postingList(index.postings, h)).toContain(d);
      for (const h of f.quoteFingerprints) expect(postingList(index.quotePostings, h)).toContain(d);
      for (const t of f.terms) expect(postingList(index.termPostings, t)).toContain(d);
    });
  });

  it('takes quoted text out of the text fingerprints: 003 and 004 quote the same sentence but share few own-word shingles', () => {
    const [f3, f4] = [3, 4].map((i) => storyFeatures(index.docs[i]!.text, index.docs[i]!.quotes)) as [StoryFeatures, StoryFeatures];
    const shared = f3.fingerprints.filter((f) => f4.fingerprints.includes(f)).length;
    const sharedQuoted = f3.quoteFingerprints.filter((f) => f4.quoteFingerprints.includes(f)).length;
    expect(shared).toBeLessThan(10);
    expect(sharedQuoted).toBeGreaterThan(30);
  });

  it('is what `npm run index` wrote to .generated/ (the build step is in sync)', () => {
    const shipped = loadIndex(JSON.parse(readFileSync(new URL('../../.generated/corpus-index.json', import.meta.url), 'utf8')));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(index)));
  });
});
