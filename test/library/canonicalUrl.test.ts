// One article, one URL: the addresses a reader meets for the same article (AMP, tracking
// parameters, fragments, "www.") are kept once; different articles stay different.
import { describe, expect, test } from 'vitest';
import { canonicalUrl } from '../../utils/library/canonicalUrl';

const CANONICAL = 'https://example.org/news/2026/bridge-vote';

describe('canonicalUrl', () => {
  test.each([
    ['the canonical URL itself', CANONICAL],
    ['www. and a fragment', 'https://www.example.org/news/2026/bridge-vote#comments'],
    ['utm_ parameters', 'https://example.org/news/2026/bridge-vote?utm_source=newsletter&utm_medium=email&utm_campaign=am'],
    ['click ids', 'https://example.org/news/2026/bridge-vote?fbclid=IwAR0abc&gclid=Cj0KCQ'],
    ['a trailing slash', 'https://example.org/news/2026/bridge-vote/'],
    ['an /amp/ path segment', 'https://example.org/amp/news/2026/bridge-vote'],
    ['a trailing /amp', 'https://example.org/news/2026/bridge-vote/amp'],
    ['a .amp suffix', 'https://example.org/news/2026/bridge-vote.amp'],
    ['an amp. host', 'https://amp.example.org/news/2026/bridge-vote'],
    ['?amp=1', 'https://example.org/news/2026/bridge-vote?amp=1'],
    ['an AMP cache address', 'https://www-example-org.cdn.ampproject.org/c/s/www.example.org/news/2026/bridge-vote'],
    ['an upper-case host', 'https://EXAMPLE.org/news/2026/bridge-vote'],
  ])('%s → the canonical URL', (_, url) => {
    expect(canonicalUrl(url)).toBe(CANONICAL);
  });

  test('keeps the parameters that name the article, in a stable order', () => {
    expect(canonicalUrl('https://example.org/story.php?utm_source=x&page=2&id=77')).toBe('https://example.org/story.php?id=77&page=2');
    expect(canonicalUrl('https://example.org/story.php?id=77')).not.toBe(canonicalUrl('https://example.org/story.php?id=78'));
  });

  test('keeps an .amp.html page apart from nothing but its AMP mark', () => {
    expect(canonicalUrl('https://example.org/news/bridge.amp.html')).toBe('https://example.org/news/bridge.html');
  });

  test('a word that merely contains "amp" is left alone', () => {
    expect(canonicalUrl('https://example.org/news/campaign-ramp')).toBe('https://example.org/news/campaign-ramp');
  });

  test.each([null, '', 'not a url', 'file:///home/reader/page.html', 'about:blank', 'javascript:alert(1)'])('%j is no article URL', (url) => {
    expect(canonicalUrl(url)).toBeNull();
  });
});
