// The true article body of a page, where the suite gives one: the benchmark's ground-truth.json
// (beside its html/ folder) or Readability's expected.html (beside each source.html).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readBlocks } from '../../utils/article/readBlocks';

export type Suite = 'readability' | 'benchmark' | 'folder';

export interface Truth {
  suite: Suite;
  /** The page's true body text, or null when the suite has none for it. */
  body(name: string, path: string): string | null;
}

export function loadTruth(folder: string): Truth {
  const benchmarkFile = join(folder, '..', 'ground-truth.json');
  if (existsSync(benchmarkFile)) {
    const truth = JSON.parse(readFileSync(benchmarkFile, 'utf8')) as Record<string, { articleBody?: string }>;
    return { suite: 'benchmark', body: (name) => truth[name]?.articleBody ?? null };
  }
  if (existsSync(join(folder, '..', 'test-pages')) || /test-pages\/?$/.test(folder)) {
    return {
      suite: 'readability',
      body: (_name, path) => {
        const expected = join(dirname(path), 'expected.html');
        if (!existsSync(expected)) return null;
        const doc = new JSDOM(readFileSync(expected, 'utf8')).window.document;
        return readBlocks(doc.body).map((block) => block.text).join('\n\n');
      },
    };
  }
  return { suite: 'folder', body: () => null };
}
