// `web-ext lint` (Mozilla's add-on linter, the one addons.mozilla.org runs) on the Firefox
// build: errors would block a submission, so any is a failure. Warnings are listed, not failed.
import { describe, expect, test } from 'vitest';
import webExt from 'web-ext';
import { firefoxBuildDir } from './harness/paths';
import { requireBuild } from './harness/requireBuild';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const describeMessage = (m: LintMessage): string => `${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`;

describe('web-ext lint on the Firefox build', () => {
  test('reports no errors', async () => {
    requireBuild(firefoxBuildDir, 'npm run build:firefox');
    const result = (await webExt.cmd.lint(
      { sourceDir: firefoxBuildDir, output: 'none', boring: true },
      { shouldExitProgram: false },
    )) as LintResult;
    if (result.warnings.length > 0) console.warn(`web-ext lint warnings:\n${result.warnings.map(describeMessage).join('\n')}`);
    expect(result.errors.map(describeMessage)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });
});
