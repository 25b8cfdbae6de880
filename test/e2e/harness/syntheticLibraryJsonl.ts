// A library file of `size` synthetic articles for the browser's scale check: the scale bench's
// synthetic corpus (scripts/bench/syntheticCorpus.ts: the five corpus texts, rewrites of them,
// then unrelated filler) as library records, spread over 200 sites and read a minute apart,
// followed by the Harwick copy, rewrite and unrelated page (test/library/pages, read in Node).
// Making it takes seconds of CPU (every text's quotes and index entries), so the test writes it
// in a child process started with the file, while the browser scenarios run.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../../scripts/readCorpus';
import { syntheticCorpus } from '../../../scripts/bench/syntheticCorpus';
import { extractQuotes } from '../../../utils/quotes/extractQuotes';
import { emptyAnalysis } from '../../../utils/pipeline/emptyAnalysis';
import { buildLibraryArticle } from '../../../utils/library/buildLibraryArticle';
import { formatLibraryJsonl } from '../../../utils/library/formatLibraryJsonl';
import type { LibraryArticle } from '../../../utils/library/libraryArticle';
import type { Analysis } from '../../../utils/types';
import { readLibraryPage } from '../../library/libraryPages';
import { repoRoot } from './paths';

function kept(reading: Analysis, readAt: Date): LibraryArticle {
  const article = buildLibraryArticle(reading, readAt.toISOString());
  if (!article) throw new Error(`${reading.url ?? 'a page'} would not be kept`);
  return article;
}

export function syntheticLibraryJsonl(size: number): string {
  const articles = syntheticCorpus(readCorpus(), size).sources.map((source, i): LibraryArticle => {
    const url = `https://outlet-${i % 200}.example/news/${source.meta.docId}`;
    const reading = {
      ...emptyAnalysis('This is a news article.', url),
      isArticle: true,
      article: { title: source.meta.title ?? source.text.slice(0, 80), siteName: source.meta.outlet, byline: null, published: null, lang: 'en', text: source.text },
      quotes: extractQuotes(source.text),
    };
    return kept(reading, new Date(Date.UTC(2026, 10, 1) + i * 60_000));
  });
  const harwick = (['syndicated', 'rewrite', 'unrelated'] as const).map((page) => kept(readLibraryPage(page), new Date(Date.UTC(2026, 11, 1))));
  return formatLibraryJsonl([...articles, ...harwick]);
}

/** Writes the file in a child process (tsx); resolves when it is written, rejects with its stderr. */
export function writeSyntheticLibrary(file: string, size: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), file, String(size)], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writing the synthetic library failed (exit ${code}): ${stderr}`))));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, size] = process.argv.slice(2);
  if (!file || !size) throw new Error('usage: syntheticLibraryJsonl.ts <out.jsonl> <articles>');
  writeFileSync(file, syntheticLibraryJsonl(Number(size)));
}
