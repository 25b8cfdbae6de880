import { describe, expect, it } from 'vitest';
import { parseJsonLdText, readJsonLd } from '../../utils/article/readJsonLd';
import { jsonLd, makePage } from './makePage';

describe('parseJsonLdText repairs what real pages break', () => {
  it.each([
    ['plain', '{"@type":"NewsArticle"}'],
    ['CDATA with comment slashes', '//<![CDATA[\n{"@type":"NewsArticle"}\n//]]>'],
    ['CDATA bare', '<![CDATA[{"@type":"NewsArticle"}]]>'],
    ['HTML comment', '<!-- {"@type":"NewsArticle"} -->'],
    ['trailing commas', '{"@type":"NewsArticle","author":{"name":"A",},}'],
    ['raw newline inside a string', '{"@type":"NewsArticle","headline":"Line one\nline two"}'],
  ])('%s', (_name, text) => {
    expect(parseJsonLdText(text)).toMatchObject({ '@type': 'NewsArticle' });
  });
  it.each(['', '   ', '{"@type": NewsArticle}', '<p>not json</p>'])('gives null for %j', (text) => {
    expect(parseJsonLdText(text)).toBeNull();
  });
});

describe('readJsonLd', () => {
  it('flattens @graph and top-level arrays, reading the fields the pipeline uses', () => {
    const doc = makePage({
      head:
        jsonLd(
          '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","url":"https://x.example/p"},{"@type":"NewsArticle","headline":"Starmer in Paris","datePublished":"2025-02-17T19:32:00Z","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],"publisher":{"@type":"Organization","name":"Daily X"},"mainEntityOfPage":{"@id":"https://x.example/a"},"inLanguage":"en-GB"}]}',
        ) + jsonLd('[{"@type":"BreadcrumbList"}]'),
    });
    const nodes = readJsonLd(doc);
    expect(nodes.map((n) => n.types[0])).toEqual(['WebPage', 'NewsArticle', 'BreadcrumbList']);
    expect(nodes[1]).toMatchObject({
      headline: 'Starmer in Paris',
      datePublished: '2025-02-17T19:32:00Z',
      authors: ['Ann Lee', 'Bo Chan'],
      publisher: 'Daily X',
      url: 'https://x.example/a',
      inLanguage: 'en-GB',
    });
  });
  it('does not take the members of an ItemList for the page itself', () => {
    const doc = makePage({ head: jsonLd('{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle"}}]}') });
    expect(readJsonLd(doc).map((n) => n.types)).toEqual([['ItemList']]);
  });
  it('skips broken blocks and keeps the good ones', () => {
    const doc = makePage({ head: jsonLd('{broken') + jsonLd('{"@type":"BlogPosting"}') });
    expect(readJsonLd(doc).map((n) => n.types)).toEqual([['BlogPosting']]);
  });
  it('keeps text that looks like markup as text', () => {
    const doc = makePage({ head: jsonLd('{"@type":"NewsArticle","headline":"A <\\/script><script>alert(2)<\\/script>"}') });
    expect(readJsonLd(doc)[0]?.headline).toBe('A </script><script>alert(2)</script>');
  });
});
