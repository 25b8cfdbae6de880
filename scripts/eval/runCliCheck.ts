// Every page through the real CLI (a process per page, as a user runs it): which exit codes came
// back, and for which pages anything but 0.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PageFile } from './listPages';

export interface CliCheck {
  /** Exit code -> number of pages. */
  codes: Record<string, number>;
  /** Pages that did not exit 0, with the first line the CLI wrote to stderr. */
  failures: Array<{ name: string; code: number | null; stderr: string }>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runOne(page: PageFile): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', page.path], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, stderr: stderr.trim().split('\n')[0] ?? '' }));
  });
}

export async function runCliCheck(pages: PageFile[], parallel: number, log: (line: string) => void): Promise<CliCheck> {
  const check: CliCheck = { codes: {}, failures: [] };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pages.length) {
      const page = pages[next++]!;
      const { code, stderr } = await runOne(page);
      check.codes[String(code)] = (check.codes[String(code)] ?? 0) + 1;
      if (code !== 0) check.failures.push({ name: page.name, code, stderr });
      if (next % 25 === 0) log(`cli: ${next}/${pages.length}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  check.failures.sort((a, b) => a.name.localeCompare(b.name));
  return check;
}
