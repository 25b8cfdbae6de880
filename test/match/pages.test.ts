// End to end through the whole pipeline (detect → extract → quotes → match) on fixture pages:
// every corpus text inside other sites' templates (test/fixtures/corpus-NNN-*/), and new
// articles about the summit that are not in the corpus (test/fixtures/new-*/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze } from '../../utils/analyze';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { readCorpus } from '../../scripts/readCorpus';
import type { Analysis, StoryRelation } from '../../utils/types';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const index = buildIndex(readCorpus());
const run = (dir: string): Analysis => analyze(new JSDOM(readFileSync(`${FIXTURES}${dir}/page.html`, 'utf8')).window.document, index);
const expectedOf = (dir: string): Record<string, unknown> => JSON.parse(readFileSync(`${FIXTURES}${dir}/expected.json`, 'utf8')) as Record<string, unknown>;

const corpusPages = readdirSync(FIXTURES).filter((d) => /^corpus-\d{3}-/.test(d)).sort();

describe('each corpus text inside other sites’ templates', () => {
  it('has at least two templates per corpus text', () => {
    for (const id of ['000', '001', '002', '003', '004']) expect(corpusPages.filter((d) => d.startsWith(`corpus-${id}-`)).length, id).toBeGreaterThanOrEqual(2);
  });

  it.each(corpusPages)('%s: the page is its corpus article (same), the copy is a copy, the rest rewrites', (dir) => {
    const id = expectedOf(dir).corpusDoc as string;
    const result = run(dir);
    const relations = Object.fromEntries(result.story.map((s) => [s.docId, s.relation]));
    const copy = id === '000' ? '002' : id === '002' ? '000' : null;
    for (const other of ['000', '001', '002', '003', '004']) {
      const want: StoryRelation = other === id ? 'same' : other === copy ? 'copy' : 'rewrite';
      expect(relations[other], `${dir} vs ${other}`).toBe(want);
    }
    expect(result.story[0]!.docId).toBe(id);
    for (const s of result.story) {
      expect(s.similarity).toBeGreaterThanOrEqual(0);
      expect(s.similarity).toBeLessThanOrEqual(1);
    }
  });

  it.each(corpusPages)('%s: lists other outlets’ quotes, never its own article’s', (dir) => {
    const id = expectedOf(dir).corpusDoc as string;
    const result = run(dir);
    const docs = new Set(result.quoteMatches.flatMap((m) => m.matches.map((x) => x.docId)));
    expect(docs.has(id)).toBe(false);
    if (id === '000' || id === '002') {
      // The copy carries every quote word for word.
      const copy = id === '000' ? '002' : '000';
      const exactInCopy = result.quoteMatches.filter((m) => m.matches.some((x) => x.docId === copy && x.relation === 'exact'));
      expect(exactInCopy.length).toBeGreaterThanOrEqual(10);
    }
  });
});

interface NewExpected {
  story: Record<string, StoryRelation>;
  quoteMatches: Array<{ quote: string; docId: string; relation: string }>;
  noMatch: string[];
}

const newPages = readdirSync(FIXTURES).filter((d) => d.startsWith('new-')).sort();

describe('new articles that are not in the corpus', () => {
  it.each(newPages)('%s: story relations as the texts show, never same or copy', (dir) => {
    const expected = expectedOf(dir) as unknown as NewExpected;
    const result = run(dir);
    expect(result.isArticle).toBe(true);
    expect(Object.fromEntries(result.story.map((s) => [s.docId, s.relation]))).toEqual(expected.story);
    for (const s of result.story) expect(['rewrite', 'related']).toContain(s.relation);
  });

  it.each(newPages)('%s: its quotes matched to the right outlets, with the right relation', (dir) => {
    const expected = expectedOf(dir) as unknown as NewExpected;
    const result = run(dir);
    const matchesOf = (snippet: string) => {
      const quote = result.quotes.find((q) => q.text.includes(snippet));
      expect(quote, `quote "${snippet}" found on the page`).toBeDefined();
      return result.quoteMatches.find((m) => m.quoteId === quote!.id)?.matches ?? [];
    };
    for (const { quote, docId, relation } of expected.quoteMatches) {
      expect(matchesOf(quote).map((m) => `${m.docId}:${m.relation}`), quote).toContain(`${docId}:${relation}`);
    }
    for (const snippet of expected.noMatch) expect(matchesOf(snippet), snippet).toEqual([]);
  });
});

describe('pages that are not about the story', () => {
  it.each([
    ['an empty page', ''],
    [
      'a section front (not an article)',
      '<html><head><title>World news | The Northern Ledger</title></head><body><nav><a href="/">Home</a></nav><main><h1>World</h1><ul>' +
        '<li><a href="/a">Starmer says US backstop needed to deter Russia</a></li><li><a href="/b">Scholz calls troop talk premature</a></li>' +
        '<li><a href="/c">Storm warnings for Wales</a></li></ul></main></body></html>',
    ],
  ])('%s: no story, no quote matches', (_what, html) => {
    const result = analyze(new JSDOM(html).window.document, index);
    expect(result.story).toEqual([]);
    expect(result.quoteMatches).toEqual([]);
  });
});

describe('the other fixture pages (non-articles, other languages, hostile markup)', () => {
  const others = readdirSync(FIXTURES)
    .filter((d) => !/^(corpus-|new-)/.test(d) && existsSync(`${FIXTURES}${d}/page.html`) && existsSync(`${FIXTURES}${d}/expected.json`))
    .sort();
  const load = (dir: string): Analysis => {
    const expected = expectedOf(dir) as { contentType?: string };
    const html = readFileSync(`${FIXTURES}${dir}/page.html`, 'utf8');
    return analyze(new JSDOM(html, { contentType: expected.contentType ?? 'text/html' }).window.document, index);
  };

  it.each(others.filter((d) => d !== 'hostile-markup'))('%s: matches no corpus article and no quote', (dir) => {
    const result = load(dir);
    expect(result.story).toEqual([]);
    expect(result.quoteMatches).toEqual([]);
  });

  it('hostile-markup (a summit article of its own) is about the story but is none of the corpus articles', () => {
    const result = load('hostile-markup');
    expect(result.story.length).toBeGreaterThan(0);
    for (const s of result.story) expect(['rewrite', 'related']).toContain(s.relation);
  });
});
