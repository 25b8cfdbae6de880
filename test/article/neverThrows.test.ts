// Detection and extraction face whatever the web serves: random tag soup must be judged by the
// rules, not by the last-resort error handler, and must never make them throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/article/detectArticle';
import { extractArticle } from '../../utils/article/extractArticle';
import { looksLikeArticleCandidate } from '../../utils/article/looksLikeArticleCandidate';

const piece = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<article>', '</article>', '<div class="share">', '</div>', '<br>', '<figure><figcaption>Image: x</figcaption></figure>',
    '<script type="application/ld+json">{"@type":"NewsArticle",</script>', '<meta property="og:type" content="article">',
    '<input type="password">', '<svg><text>t</text></svg>', '<![CDATA[', '<?xml version="1.0"?>', '<a href="/x">Headline of another story here</a>',
    'Read more:', 'Advertisement', '“US backstop”', '<blockquote>', '<table><tr><td>', '</td></tr></table>', '<ul><li>', '</li></ul>',
  ),
  fc.string({ maxLength: 200 }),
);

describe('never throws', () => {
  it('on random tag soup', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const doc = new JSDOM(parts.join('')).window.document;
        const detection = detectArticle(doc);
        expect(typeof detection.isArticle).toBe('boolean');
        expect(detection.reason.length).toBeGreaterThan(0);
        // The last-resort catch ("could not be read") must not be what handles ordinary soup.
        expect(detection.reason).not.toMatch(/could not be read/);
        looksLikeArticleCandidate(doc);
        const article = extractArticle(doc);
        if (article) expect(article.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
