// The library commands a researcher runs: `library <folder>` turns saved pages into a library
// file (articles only, one a line, skipped pages named on stderr), and `analyze --library`
// compares a page with the corpus and that library together; a bad library file is one clear
// line and exit 2. On our own fixture pages (test/library/pages). Needs `npm run index`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAnalysis } from '../../utils/validateAnalysis';
import { parseLibraryJsonl } from '../../utils/library/parseLibraryJsonl';
import type { Analysis } from '../../utils/types';
import { pagePath } from '../library/libraryPages';

const ROOT = new URL('../../', import.meta.url).pathname;
const script = (name: string): string => new URL(`../../scripts/${name}.ts`, import.meta.url).pathname;
const CLI_TIMEOUT = 120_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(name: 'library' | 'analyze', args: string[], nodeOptions: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...nodeOptions, '--import', 'tsx', script(name), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const stderrLines = (r: Run): string[] => r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));

function expectOneLineError(result: Run, prefix: string, what: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = stderrLines(result);
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`${prefix}: `)).toBe(true);
  expect(lines[0]).toMatch(what);
}

let dir = '';
let folder = '';
let libraryFile = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cq-library-'));
  folder = join(dir, 'coverage');
  mkdirSync(join(folder, 'more'), { recursive: true });
  // Gzipped, as the benchmark suite keeps its pages: read as the page it holds.
  writeFileSync(join(folder, 'valley-post.html.gz'), gzipSync(readFileSync(pagePath('syndicated'))));
  copyFileSync(pagePath('rewrite'), join(folder, 'more', 'ledger.htm'));
  copyFileSync(pagePath('unrelated'), join(folder, 'bread.html'));
  writeFileSync(join(folder, 'sign-in.html'), '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><input name="user"><button>Sign in</button></form></body></html>');
  writeFileSync(join(folder, 'scan.html'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0, 1, 2]));
  writeFileSync(join(folder, 'notes.txt'), 'not a page');
  libraryFile = join(dir, 'library.jsonl');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run library -- <folder>', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run('library', [folder, '--read-at', '2026-12-02T10:00:00Z']);
    writeFileSync(libraryFile, result.stdout);
  }, CLI_TIMEOUT);

  it('prints one library line per article, subfolders and gzipped pages included', () => {
    expect(result.code).toBe(0);
    const parsed = parseLibraryJsonl(result.stdout);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rejected).toEqual([]);
    expect(parsed.articles.map((a) => a.outlet).sort()).toEqual(['Harwick Courier', 'Northern Ledger', 'Valley Post']);
    expect(parsed.articles.every((a) => a.readAt === '2026-12-02T10:00:00.000Z')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('names each skipped page and why on stderr, and counts', () => {
    const lines = stderrLines(result);
    expect(lines).toContainEqual(expect.stringMatching(/^library: skipped scan\.html: not an HTML page \(it looks like a PDF document\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^library: skipped sign-in\.html: /));
    expect(lines.at(-1)).toBe('library: 3 articles from 5 pages; 2 skipped');
  });

  it('a folder that does not exist is one line and exit 2', async () => {
    expectOneLineError(await run('library', [join(dir, 'nowhere')]), 'library', /nowhere does not exist/);
  }, CLI_TIMEOUT);
});

describe('npm run analyze -- page.html --library library.jsonl', () => {
  it('finds the library’s copy and rewrite, marked as library matches, and not the unrelated article', async () => {
    const result = await run('analyze', [pagePath('original'), '--library', libraryFile]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Analysis;
    expect(isAnalysis(analysis)).toBe(true);
    expect(analysis.story.map((s) => [s.outlet, s.relation, s.source?.kind])).toEqual([
      ['Valley Post', 'copy', 'library'],
      ['Northern Ledger', 'rewrite', 'library'],
    ]);
    expect(analysis.quoteMatches.flatMap((q) => q.matches.map((m) => m.docId)).every((id) => id.startsWith('lib:'))).toBe(true);
    expect(analysis.differences.length).toBeGreaterThan(0);
  }, CLI_TIMEOUT);

  it('refuses a file that is not a library file, in one line', async () => {
    writeFileSync(join(dir, 'other.jsonl'), '{"name":"not an article"}\n');
    expectOneLineError(await run('analyze', [pagePath('original'), '--library', join(dir, 'other.jsonl')]), 'analyze', /other\.jsonl: not a Crossquote library file/);
  }, CLI_TIMEOUT);

  it('names the first bad line of a damaged library file', async () => {
    const first = (await import('node:fs')).readFileSync(libraryFile, 'utf8').split('\n')[0]!;
    writeFileSync(join(dir, 'damaged.jsonl'), `${first}\n{"kind":"crossquote-library-article"\n`);
    expectOneLineError(await run('analyze', [pagePath('original'), '--library', join(dir, 'damaged.jsonl')]), 'analyze', /damaged\.jsonl line 2: not valid JSON/);
  }, CLI_TIMEOUT);

  it('a library file that does not exist is one line and exit 2', async () => {
    expectOneLineError(await run('analyze', [pagePath('original'), '--library', join(dir, 'missing.jsonl')]), 'analyze', /missing\.jsonl does not exist/);
  }, CLI_TIMEOUT);
});

describe('npm run library -- <folder> on a large collection', () => {
  it('frees each page before the next: 300 pages fit in a 150 MB heap', async () => {
    // jsdom keeps a read page alive until the event loop turns; read back to back without a turn,
    // 300 pages of this size took about 300 MB (a 6,400-page collection ran out of 4 GB).
    const many = join(dir, 'many');
    mkdirSync(many);
    const html = readFileSync(pagePath('rewrite'), 'utf8');
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `page-${i}.html`), html.replace('<title>', `<title>${i} · `));
    const result = await run('library', [many, '--read-at', '2026-12-02T10:00:00Z'], ['--max-old-space-size=150']);
    expect(result.code, result.stderr.slice(-500)).toBe(0);
    expect(stderrLines(result).at(-1)).toMatch(/^library: 1 article from 300 pages; 299 skipped$/);
  }, CLI_TIMEOUT);
});
