// The corpus as the details stage sees it: the real index built from corpus/ (metadata from
// corpus/NNN.json), with no quotes (the quote tests give their own, checked by hand), and a
// page made from any one corpus text.
import type { CorpusDoc, CorpusIndex } from '../../utils/corpus/indexFormat';
import { buildIndex } from '../../utils/corpus/buildIndex';
import type { PageFacts } from '../../utils/details/findDifferences';
import type { StoryMatch, StoryRelation } from '../../utils/types';
import { readCorpus } from '../../scripts/readCorpus';

export const DOC_IDS = ['000', '001', '002', '003', '004'] as const;

export const corpusIndex: CorpusIndex = buildIndex(readCorpus(), () => []);

export function corpusDoc(docId: string): CorpusDoc {
  const doc = corpusIndex.docs.find((d) => d.docId === docId);
  if (!doc) throw new Error(`no corpus doc ${docId}`);
  return doc;
}

/** The page as if the reader were on corpus article `docId` (its text, or `text` instead). */
export function pageFrom(docId: string, text = corpusDoc(docId).text): PageFacts {
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
