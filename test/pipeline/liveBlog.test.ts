// A live blog is read entry by entry: every entry's text is in the article, and the quotes in
// the entries are found (once, a live blog was "too little body text", since no entry is long).
import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/pipeline/readPage';
import { loadFixture } from '../article/loadFixture';

describe('a live blog (LiveBlogPosting, timestamped entries)', () => {
  const { doc } = loadFixture('live-blog');
  const result = readPage(doc);

  it('is read as an article, all its entries in order', () => {
    expect(result.isArticle, result.reason).toBe(true);
    const text = result.article?.text ?? '';
    const newest = text.indexOf('Turnout at midday');
    const oldest = text.indexOf('Good morning. Polling stations');
    expect(newest).toBeGreaterThanOrEqual(0);
    expect(oldest).toBeGreaterThan(newest);
  });

  it('finds the quotes in its entries', () => {
    const quotes = result.quotes.map((q) => q.text);
    expect(quotes.some((q) => q.startsWith('We have sent extra staff'))).toBe(true);
    expect(quotes.some((q) => q.startsWith('Whatever happens tonight'))).toBe(true);
  });
});
