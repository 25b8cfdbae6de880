// One saved page through the pipeline (as the CLI reads it), and through Readability alone for
// comparison, scored against the suite's true body where there is one.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as jsdom from 'jsdom';
import { Readability } from '@mozilla/readability';
import { analyze } from '../../utils/analyze';
import type { CorpusIndex } from '../../utils/corpus/indexFormat';
import { decodePage } from '../decodePage';
import { parsePage } from '../parsePage';
import { pageOverlap, type Overlap } from './overlapF1';
import type { PageFile } from './listPages';
import type { Label } from './suiteLabels';

export interface PageResult {
  name: string;
  label: Label;
  isArticle: boolean;
  reason: string;
  problem: string | null;
  stories: number;
  quotes: number;
  quoteMatches: number;
  differences: number;
  /** The error, when the page made the pipeline (or the parser) throw. */
  crash: string | null;
  /** Overlap of our extracted body with the true one (empty when not detected), if there is a truth. */
  ours: Overlap | null;
  /** Overlap of Readability's own text with the true one, if there is a truth. */
  readability: Overlap | null;
}

function readabilityText(doc: Document): string {
  try {
    return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export function evaluatePage(page: PageFile, label: Label, truth: string | null, index: CorpusIndex): PageResult {
  const result: PageResult = {
    name: page.name, label, isArticle: false, reason: '', problem: null, stories: 0, quotes: 0, quoteMatches: 0, differences: 0,
    crash: null, ours: null, readability: null,
  };
  let doc: Document;
  try {
    const raw = readFileSync(page.path);
    const bytes = page.path.endsWith('.gz') ? gunzipSync(raw) : raw;
    doc = parsePage(jsdom, decodePage(bytes), null);
    const analysis = analyze(doc, index);
    Object.assign(result, {
      isArticle: analysis.isArticle, reason: analysis.reason, problem: analysis.problem, stories: analysis.story.length,
      quotes: analysis.quotes.length, quoteMatches: analysis.quoteMatches.length, differences: analysis.differences.length,
    });
    if (truth !== null) {
      result.ours = pageOverlap(truth, analysis.article?.text ?? '');
      result.readability = pageOverlap(truth, readabilityText(doc));
    }
  } catch (error) {
    result.crash = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  }
  return result;
}
