import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/readCorpus';

const meta = (docId: string) => JSON.stringify({ docId, outlet: null, title: 'Leaders meet', titleDerived: true, credits: [], note: '' });
const dirs: string[] = [];
function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cq-corpus-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readCorpus', () => {
  it('reads the project corpus: five texts, byte for byte, with their metadata', () => {
    const sources = readCorpus();
    expect(sources.map((s) => s.meta.docId)).toEqual(['000', '001', '002', '003', '004']);
    expect(sources[4]!.text.startsWith('\n')).toBe(true); // 004 starts with a blank line, kept as is
  });

  it('reads a corpus to which an article was added by dropping NNN.txt + NNN.json in', () => {
    const dir = corpus({ '000.txt': 'Leaders met.', '000.json': meta('000'), '001.txt': 'More text.', '001.json': meta('001') });
    expect(readCorpus(dir).map((s) => s.meta.docId)).toEqual(['000', '001']);
  });

  it.each([
    ['a text without metadata', { '000.txt': 'Text.' }, '000.json: missing'],
    ['metadata without a text', { '000.txt': 'Text.', '000.json': meta('000'), '001.json': meta('001') }, '001.json: metadata without a text'],
    ['metadata that is not JSON', { '000.txt': 'Text.', '000.json': '{ docId: 000' }, '000.json: not valid JSON'],
    ['a badly named file', { '000.txt': 'Text.', '000.json': meta('000'), 'story.txt': 'x' }, 'story.txt: corpus files must be named NNN.txt'],
    ['invalid metadata', { '000.txt': 'Text.', '000.json': meta('001') }, '000.json: "docId" is "001"'],
    ['no texts at all', {}, 'the corpus has no NNN.txt files'],
  ])('stops on %s with a message naming the file', (_what, files, message) => {
    const dir = corpus(files);
    expect(() => readCorpus(dir)).toThrowError(message);
  });

  it('the build step (npm run index) stops with that message and a non-zero exit', () => {
    const dir = corpus({ '000.txt': 'Text.', '000.json': '{"docId":"000"}' });
    const script = new URL('../../scripts/build-index.ts', import.meta.url).pathname;
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, dir, join(dir, 'out.json')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('build-index: 000.json: missing field "outlet"');
  });
});
