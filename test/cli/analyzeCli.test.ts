// The CLI on bad input: a binary file, an empty file, a 50 MB file, a directory, invalid or
// legacy-encoded text. Each gives one clear line on stderr and exit 2, or a valid Analysis
// and exit 0 — never a stack trace. (Needs .generated/corpus-index.json: `npm run index`.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAnalysis } from '../../utils/validateAnalysis';
import type { Analysis } from '../../utils/types';

const CLI = new URL('../../scripts/analyze.ts', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const fixture = (name: string): string => new URL(`../fixtures/${name}/page.html`, import.meta.url).pathname;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: Buffer): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
    if (stdin) child.stdin?.end(stdin);
    else child.stdin?.end();
  });
}

/** Exit 2 with exactly one line on stderr that says `what`, and nothing on stdout. */
function expectOneLineError(result: Run, what: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^analyze: /);
  expect(lines[0]).toMatch(what);
}

function expectAnalysis(result: Run): Analysis {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const parsed: unknown = JSON.parse(result.stdout);
  expect(isAnalysis(parsed)).toBe(true);
  return parsed as Analysis;
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cq-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const CLI_TIMEOUT = 120_000;

// One at a time: each run is a Node process, and CI has two cores.
describe('the analyze CLI on bad input', () => {
  it('an empty file is a valid "not an article" Analysis', async () => {
    writeFileSync(join(dir, 'empty.html'), '');
    const analysis = expectAnalysis(await run([join(dir, 'empty.html')]));
    expect(analysis.isArticle).toBe(false);
    expect(analysis.reason.length).toBeGreaterThan(10);
  }, CLI_TIMEOUT);

  it('a PNG image is refused as not an HTML page', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(2000, 7)]);
    writeFileSync(join(dir, 'photo.html'), png);
    expectOneLineError(await run([join(dir, 'photo.html')]), /photo\.html is not an HTML page \(it looks like a PNG image\)/);
  }, CLI_TIMEOUT);

  it('arbitrary binary bytes are refused as not an HTML page', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    writeFileSync(join(dir, 'data.bin'), bytes);
    expectOneLineError(await run([join(dir, 'data.bin')]), /data\.bin is not an HTML page \(it looks like binary data\)/);
  }, CLI_TIMEOUT);

  it('a 50 MB file is refused without being read into memory', async () => {
    const big = join(dir, 'huge.html');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, '<p>Starmer said “US backstop”.</p>\n'));
    expectOneLineError(await run([big]), /huge\.html is 50\.0 MB; pages larger than 20\.0 MB are not analysed/);
  }, CLI_TIMEOUT);

  it('a directory is refused', async () => {
    expectOneLineError(await run([dir]), /is a directory, not an HTML file/);
  }, CLI_TIMEOUT);

  it('a file that does not exist is refused', async () => {
    expectOneLineError(await run([join(dir, 'missing.html')]), /missing\.html does not exist/);
  }, CLI_TIMEOUT);

  it('invalid UTF-8 in a page that declares UTF-8 is read, the bad bytes shown as U+FFFD', async () => {
    const [before, after] = readFileSync(fixture('corpus-002-newspaper'), 'utf8').split('And he said the future of Ukraine');
    expect(after).toBeDefined();
    const page = Buffer.concat([Buffer.from(before!), Buffer.from('And he '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' said the future of Ukraine'), Buffer.from(after!)]);
    writeFileSync(join(dir, 'broken.html'), page);
    const analysis = expectAnalysis(await run([join(dir, 'broken.html')]));
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article?.text).toContain('And he \uFFFD(\uFFFD said the future of Ukraine');
  }, CLI_TIMEOUT);

  it('a page saved in windows-1252 is decoded as the page declares, and read as an article', async () => {
    const html = readFileSync(fixture('german-article'), 'utf8').replace(/<meta charset="utf-8">/i, '<meta charset="windows-1252">');
    expect(html).toContain('charset="windows-1252"');
    // Re-encode: every character of this page exists in windows-1252 / latin1 except „ “ – which we map by hand.
    const cp1252: Record<string, number> = { '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96, '‚': 0x82, '‘': 0x91, '’': 0x92, '…': 0x85, '€': 0x80 };
    const bytes = Buffer.from([...html].map((ch) => cp1252[ch] ?? (ch.codePointAt(0)! < 256 ? ch.codePointAt(0)! : 0x3f)));
    writeFileSync(join(dir, 'latin.html'), bytes);
    const analysis = expectAnalysis(await run([join(dir, 'latin.html')]));
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article?.title).toBe('Sanierung der Mülheimer Brücke verzögert sich erneut');
    expect(analysis.quotes.map((q) => q.text)).toContain('Wir haben bei der Prüfung Schweißnähte gefunden, die nicht den Vorgaben entsprechen');
  }, CLI_TIMEOUT);

  it('a page on standard input is analysed', async () => {
    const analysis = expectAnalysis(await run(['-', '--url', 'https://news.example/story'], readFileSync(fixture('corpus-002-newspaper'))));
    expect(analysis.isArticle).toBe(true);
    expect(analysis.url).toBe('https://news.example/story');
    expect(analysis.story.length).toBeGreaterThan(0);
  }, CLI_TIMEOUT);

  it.each([
    [[], /give exactly one HTML file/],
    [['a.html', 'b.html'], /give exactly one HTML file/],
    [['--url'], /--url needs a value/],
    [['--url', 'javascript:alert(1)', 'a.html'], /--url must be an http or https URL/],
    [['--verbose', 'a.html'], /unknown option --verbose/],
  ])('bad arguments %j are refused with the usage', async (args, what) => {
    expectOneLineError(await run(args), what);
  }, CLI_TIMEOUT);
});
