// The same pipeline in Node (jsdom), for comparing with what the extension computed in a real
// browser: the stages are DOM-agnostic, so a difference is a browser-specific bug.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../utils/analyze';
import { loadIndex } from '../../../utils/corpus/loadIndex';
import type { Analysis } from '../../../utils/types';
import { fixturesDir, repoRoot } from './paths';

let index: ReturnType<typeof loadIndex> | null = null;

/** The Analysis Node computes for test/fixtures/<name>/page.html served at `url`. */
export function analyseFixtureInNode(name: string, url: string): Analysis {
  index ??= loadIndex(JSON.parse(readFileSync(path.join(repoRoot, '.generated/corpus-index.json'), 'utf8')));
  const html = readFileSync(path.join(fixturesDir, name, 'page.html'), 'utf8');
  const dom = new JSDOM(html, { url });
  try {
    return analyze(dom.window.document, index);
  } finally {
    dom.window.close();
  }
}

/** An Analysis without what legitimately differs between two runs (the timings). */
export function comparable(analysis: Analysis): Omit<Analysis, 'timings'> {
  const { timings: _timings, ...rest } = analysis;
  return rest;
}
