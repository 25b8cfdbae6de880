// Reads one fixture folder (test/fixtures/<case>/page.html + expected.json) into a jsdom Document.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** What a fixture expects; the format is documented in test/fixtures/README.md. */
export interface FixtureExpectation {
  isArticle: boolean;
  reasonIncludes?: string;
  url?: string;
  title?: string;
  siteName?: string | null;
  byline?: string | null;
  published?: string | null;
  lang?: string | null;
  textStartsWith?: string;
  textIncludes?: string[];
  textExcludes?: string[];
  paragraphs?: number;
  corpusDoc?: string;
  corpusFurniture?: string[];
  contentType?: string;
  documentUrl?: string;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => statSync(join(FIXTURES_DIR, name)).isDirectory())
    .sort();
}

export function hasExpectation(name: string): boolean {
  return existsSync(join(FIXTURES_DIR, name, 'expected.json'));
}

export function loadFixture(name: string): { dom: JSDOM; doc: Document; expected: FixtureExpectation; html: string } {
  const html = readFileSync(join(FIXTURES_DIR, name, 'page.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8')) as FixtureExpectation;
  const dom = new JSDOM(html, {
    contentType: expected.contentType ?? 'text/html',
    ...(expected.documentUrl ? { url: expected.documentUrl } : {}),
  });
  return { dom, doc: dom.window.document, expected, html };
}

/** The corpus text's lines that are real paragraphs: every non-empty line except the listed furniture. */
export function corpusParagraphs(docId: string, furniture: readonly string[] = []): string[] {
  const text = readFileSync(fileURLToPath(new URL(`../../corpus/${docId}.txt`, import.meta.url)), 'utf8');
  const drop = new Set(furniture);
  return text.split('\n').filter((line) => line.trim() !== '' && !drop.has(line));
}
