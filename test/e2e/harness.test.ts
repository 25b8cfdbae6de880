// The harness's own rules, which decide whether a browser test may pass: which requests a
// page's markup makes by itself (excused from the privacy rule), and the missing-browser message.
import { describe, expect, test } from 'vitest';
import { chromiumSpec, findBrowser, firefoxSpec } from './harness/findBrowser';
import { subresourceUrls } from './harness/fixtureServer';

describe('subresourceUrls: what a page loads from other hosts by its own markup', () => {
  test.each([
    ['a script src', '<script async src="https://cdn.ampproject.org/v0.js"></script>', ['https://cdn.ampproject.org/v0.js']],
    ['an image', "<img src='http://img.example/a.jpg' alt=''>", ['http://img.example/a.jpg']],
    ['a stylesheet link', '<link rel="stylesheet" href="https://fonts.example/a.css">', ['https://fonts.example/a.css']],
    ['an escaped ampersand', '<img src="http://x.example/p.gif?a=1&amp;b=2">', ['http://x.example/p.gif?a=1&b=2']],
    ['a plain link, which loads nothing', '<a href="https://news.example/other">Other</a>', []],
    ['a canonical link, which loads nothing', '<link rel="canonical" href="https://news.example/story">', []],
    ['a relative src, which stays on the fixture server', '<img src="/pages/a.png">', []],
    ['a URL only inside a script, which is never excused', "<script>fetch('http://t.example/c')</script>", []],
  ])('%s', (_what, html, expected) => {
    expect(subresourceUrls(html)).toEqual(expected);
  });
});

describe('findBrowser', () => {
  test.each([chromiumSpec, firefoxSpec])('$name missing: the error says how to install it', (spec) => {
    expect(() => findBrowser(spec, { [spec.envVar]: '/nonexistent/browser' })).toThrow(`apt-get install -y ${spec.aptPackage}`);
  });

  test('an executable given by the environment variable is used', () => {
    expect(findBrowser(chromiumSpec, { CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});
