// The CLI on odd markup real pages carry: each is analysed (exit 0, a valid Analysis, nothing on
// stderr), never an "internal error" exit 1. (Needs .generated/corpus-index.json: `npm run index`.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAnalysis } from '../../utils/validateAnalysis';
import type { Analysis } from '../../utils/types';

const CLI = new URL('../../scripts/analyze.ts', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const fixtureHtml = (name: string): string => readFileSync(new URL(`../fixtures/${name}/page.html`, import.meta.url), 'utf8');
const CLI_TIMEOUT = 120_000;

function analyseFile(path: string, args: string[] = []): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, path, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        expect(stderr).toBe('');
        expect(error?.code ?? 0).toBe(0);
        const parsed: unknown = JSON.parse(stdout);
        expect(isAnalysis(parsed)).toBe(true);
        resolve(parsed as Analysis);
      } catch (failure) {
        reject(failure instanceof Error ? failure : new Error(String(failure)));
      }
    });
  });
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cq-cli-markup-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.sequential('the CLI reads real-world markup that trips its libraries', () => {
  it('a style sheet with SCSS variables left in it (jsdom\'s CSS parser throws on it)', async () => {
    const html = fixtureHtml('article-with-related-rail').replace(
      '</head>',
      '<style>@media (min-width:64em){.gallery .slides{min-height:calc(($container-max-width - $rail-width - 16px) / 16 * 9)}}</style></head>',
    );
    const path = join(dir, 'scss.html');
    writeFileSync(path, html);
    const analysis = await analyseFile(path);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article?.title).toBe('Harbour board backs new sea wall');
  }, CLI_TIMEOUT);

  it('a page saved as UTF-16 with a byte-order mark, its links with non-ASCII queries resolved against --url', async () => {
    const html = fixtureHtml('article-with-related-rail')
      .replace('<meta charset="utf-8">', '<meta charset="utf-16">')
      .replace('<div class="bottom">', '<div class="bottom"><a href="/search?q=café">Café listings</a>');
    const path = join(dir, 'utf16.html');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]));
    const analysis = await analyseFile(path, ['--url', 'https://www.quaysidepost.example/news/sea-wall']);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article?.text).toContain('built for a smaller sea');
  }, CLI_TIMEOUT);

  it('an XHTML mobile page (<?xml ?> and an XHTML doctype) is read as the web page a browser shows', async () => {
    const analysis = await analyseFile(new URL('../fixtures/xhtml-mobile-article/page.html', import.meta.url).pathname);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article?.title).toBe('Old cinema to reopen after restoration');
  }, CLI_TIMEOUT);
});
