// The built extension stays within its size budgets (docs/performance.md, Size budgets: the
// budgets and why). Sizes are measured on .output/chrome-mv3, which `npm run build` writes (CI builds
// before testing). Bytes, not time: this cannot flake on a slow machine.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundleSizes, BUILD_DIR } from '../../scripts/bench/bundleSizes';
import { KB, SIZE_BUDGETS, type BudgetedPart } from '../../scripts/bench/sizeBudgets';

const sizes = bundleSizes();
const PERFORMANCE_DOC = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
const NAMES: Record<BudgetedPart, string> = { content: 'content script', popup: 'popup', background: 'background', index: 'corpus index' };

describe('bundle size budgets', () => {
  it('the extension has been built', () => {
    expect(sizes, `no build in ${BUILD_DIR}: run \`npm run build\` first`).not.toBeNull();
  });

  it.each(Object.keys(SIZE_BUDGETS) as BudgetedPart[])('%s is within its gzipped budget', (part) => {
    if (!sizes) throw new Error(`no build in ${BUILD_DIR}: run \`npm run build\` first`);
    expect(sizes[part].raw, `${part}: nothing measured`).toBeGreaterThan(0);
    expect(sizes[part].gzip, `${part} is ${(sizes[part].gzip / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(SIZE_BUDGETS[part]);
  });

  it('the content script carries no popup or corpus code (it runs on every page)', () => {
    if (!sizes) throw new Error(`no build in ${BUILD_DIR}: run \`npm run build\` first`);
    for (const file of sizes.content.files) {
      const code = readFileSync(`${BUILD_DIR}${file}`, 'utf8');
      expect(code, `${file} holds the corpus index`).not.toContain('"quoteWordPostings"');
      expect(code, `${file} holds the corpus index`).not.toContain('quoteWordPostings:');
    }
  });

  it.each(Object.entries(NAMES) as Array<[BudgetedPart, string]>)('docs/performance.md states the %s budget the test holds', (part, name) => {
    const row = PERFORMANCE_DOC.split('\n').find((line) => line.toLowerCase().startsWith(`| ${name} |`));
    expect(row, `docs/performance.md has no "| ${name} |" row in its budget table`).toBeDefined();
    expect(row).toContain(`| ${SIZE_BUDGETS[part] / KB} KB |`);
  });
});
