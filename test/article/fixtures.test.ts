// Every fixture page, through detection and extraction, against its expected.json.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/article/detectArticle';
import { extractArticle } from '../../utils/article/extractArticle';
import { looksLikeArticleCandidate } from '../../utils/article/looksLikeArticleCandidate';
import { corpusParagraphs, fixtureNames, hasExpectation, loadFixture } from './loadFixture';

const names = fixtureNames();
// Folders named new-* belong to another suite and may still be in the making; all others must have one.
const withExpectation = names.filter((name) => hasExpectation(name));

describe('fixture set', () => {
  it('has at least 16 fixture folders, every one of ours with an expectation', () => {
    expect(withExpectation.length).toBeGreaterThanOrEqual(16);
    expect(names.filter((name) => !name.startsWith('new-') && !hasExpectation(name))).toEqual([]);
  });
});

describe.each(withExpectation)('fixture %s', (name) => {
  const { doc, expected } = loadFixture(name);

  it(`is ${expected.isArticle ? '' : 'not '}an article, with a reason`, () => {
    const detection = detectArticle(doc);
    expect(detection.isArticle, detection.reason).toBe(expected.isArticle);
    expect(detection.reason.length).toBeGreaterThan(15);
    if (expected.reasonIncludes) expect(detection.reason.toLowerCase()).toContain(expected.reasonIncludes.toLowerCase());
    if (expected.url !== undefined) expect(detection.url).toBe(expected.url);
    // The cheap pre-check must never hide a real article.
    if (expected.isArticle) expect(looksLikeArticleCandidate(doc)).toBe(true);
  });

  if (!expected.isArticle) return;

  it('extracts the article and its metadata', () => {
    const article = extractArticle(doc);
    expect(article).not.toBeNull();
    if (!article) return;
    if (expected.title !== undefined) expect(article.title).toBe(expected.title);
    if (expected.siteName !== undefined) expect(article.siteName).toBe(expected.siteName);
    if (expected.byline !== undefined) expect(article.byline).toBe(expected.byline);
    if (expected.published !== undefined) expect(article.published).toBe(expected.published);
    if (expected.lang !== undefined) expect(article.lang).toBe(expected.lang);
    if (expected.textStartsWith) expect(article.text.startsWith(expected.textStartsWith)).toBe(true);
    for (const part of expected.textIncludes ?? []) expect(article.text).toContain(part);
    for (const part of expected.textExcludes ?? []) expect(article.text).not.toContain(part);
    const paragraphs = article.text.split('\n\n');
    if (expected.paragraphs !== undefined) expect(paragraphs).toHaveLength(expected.paragraphs);
    if (expected.corpusDoc) {
      // The page was built from a corpus text: the body must be exactly its real paragraphs.
      expect(paragraphs).toEqual(corpusParagraphs(expected.corpusDoc, expected.corpusFurniture));
    }
  });
});
