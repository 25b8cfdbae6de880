// The fixture pages the browser tests sweep: every test/fixtures/<name>/page.html whose
// expected.json says whether it is an article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir } from './paths';

export /** Fixture pages with an expected.json saying whether they are articles, by name. */
function fixturePages(): Array<{ name: string; isArticle: boolean }> {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(fixturesDir, d.name, 'page.html')))
    .flatMap((d) => {
      const expectedFile = path.join(fixturesDir, d.name, 'expected.json');
      if (!existsSync(expectedFile)) return [];
      const expected: unknown = JSON.parse(readFileSync(expectedFile, 'utf8'));
      const isArticle = typeof expected === 'object' && expected !== null && 'isArticle' in expected ? expected.isArticle : null;
      return typeof isArticle === 'boolean' ? [{ name: d.name, isArticle }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
