// The corpus texts as the details stage sees them, built by hand (the outlet and credits are
// what each text shows, per corpus/README): a CorpusIndex, and a page made from any one text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusDoc, CorpusIndex } from '../../utils/corpus/indexFormat';
import type { PageFacts } from '../../utils/details/findDifferences';
import type { StoryMatch, StoryRelation } from '../../utils/types';

export const DOC_IDS = ['000', '001', '002', '003', '004'] as const;

const META: Record<string, { outlet: string | null; outletLabel: string; credits: string[] }> = {
  '000': { outlet: null, outletLabel: 'Unnamed site (copy of Sky News)', credits: ['Sky News'] },
  '001': { outlet: 'Tribune Online', outletLabel: 'Tribune Online', credits: ['BBC'] },
  '002': { outlet: 'Sky News', outletLabel: 'Sky News', credits: [] },
  '003': { outlet: null, outletLabel: 'Unnamed outlet', credits: [] },
  '004': { outlet: null, outletLabel: 'Unnamed outlet (credits BBC, Express)', credits: ['BBC', 'Express'] },
};

export function corpusText(docId: string): string {
  return readFileSync(fileURLToPath(new URL(`../../corpus/${docId}.txt`, import.meta.url)), 'utf8');
}

export function corpusDoc(docId: string): CorpusDoc {
  const meta = META[docId];
  if (!meta) throw new Error(`no corpus doc ${docId}`);
  return { docId, ...meta, title: `Corpus ${docId}`, titleDerived: true, note: '', text: corpusText(docId), quotes: [], fingerprints: [] };
}

export const corpusIndex: CorpusIndex = { format: 1, docs: DOC_IDS.map(corpusDoc), postings: {} };

/** The page as if the reader were on corpus article `docId`. */
export function pageFrom(docId: string, text = corpusText(docId)): PageFacts {
  const doc = corpusDoc(docId);
  return {
    article: { title: doc.title, siteName: doc.outlet, byline: null, published: null, lang: 'en', text },
    quotes: [],
    credits: doc.credits,
  };
}

export function storyMatch(docId: string, relation: StoryRelation = 'rewrite'): StoryMatch {
  const doc = corpusDoc(docId);
  return { docId, outlet: doc.outletLabel, title: doc.title, similarity: 0.5, relation, credits: doc.credits };
}

/** The name findDifferences gives an outlet in `values`. */
export function outletName(docId: string, pageId: string): string {
  if (docId !== pageId) return corpusDoc(docId).outletLabel;
  return corpusDoc(docId).outlet ?? 'This page';
}
