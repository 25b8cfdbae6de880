// Finding a quote's words on the live page, whatever the page's markup and typography.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findTextOnPage } from '../../utils/report/findTextOnPage';

const bodyOf = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
const found = (html: string, text: string): string | null => {
  const segments = findTextOnPage(bodyOf(html), text);
  return segments ? segments.map((s) => s.node.data.slice(s.start, s.end)).join('|') : null;
};

describe('findTextOnPage', () => {
  it.each([
    ['in one paragraph', '<p>He said “democracy must prevail” today.</p>', 'democracy must prevail', 'democracy must prevail'],
    ['across a link and emphasis', '<p>“We will <a href="/x">work on <em>this</em></a> together,” he said.</p>', 'We will work on this together,', 'We will |work on |this| together,'],
    ['with other whitespace on the page', '<p>a “US\n   backstop” is needed</p>', 'US backstop', 'US\n   backstop'],
    ['with straight marks on the page and curly in the text', "<p>Britain's role, he said: \"I'm prepared to act.\"</p>", 'I’m prepared to act.', "I'm prepared to act."],
    ['across paragraphs (the newspaper convention)', '<p>“Europe must play its role.</p><p>“So I will go to Washington.”</p>', 'Europe must play its role.\n\n“So I will go to Washington.', 'Europe must play its role.|“So I will go to Washington.'],
    ['including the space between two emphasised words', '<p>“<em>work</em> <strong>together</strong>”</p>', 'work together', 'work| |together'],
    ['without the line break between two paragraphs', '<p>“Europe must play its role.</p>\n<p>“So I will go.”</p>', 'Europe must play its role. So I will go.', 'Europe must play its role.|“So I will go.'],
    ['with a soft hyphen on the page', '<p>an exis\u00adtential question</p>', 'existential question', 'exis\u00adtential question'],
    ['in right-to-left text', '<p dir="rtl">قال: «هذا اقتباس طويل» أمس</p>', 'هذا اقتباس طويل', 'هذا اقتباس طويل'],
  ])('finds a quote %s', (_how, html, text, expected) => {
    expect(found(html, text)).toBe(expected);
  });

  it('skips scripts and styles', () => {
    expect(found('<script>var s = "US backstop";</script><style>/* US backstop */</style><p>no quote here</p>', 'US backstop')).toBeNull();
    expect(found('<script>var s = "US backstop";</script><p>a US backstop</p>', 'US backstop')).toBe('US backstop');
  });

  it('finds nothing when the words are not there', () => {
    expect(found('<p>Completely different text.</p>', 'democracy must prevail')).toBeNull();
    expect(found('<p>Anything.</p>', '“ ” ')).toBeNull();
  });

  it('falls back to the span between the first and last words when the middle was edited', () => {
    const page = '<p>“It is an existential question for Europe as a whole, and so vital for Britain’s national interests,” he added.</p>';
    const text = 'It is an existential question for Europe as a whole, and therefore vital for Britain’s national interests,';
    expect(found(page, text)).toBe('It is an existential question for Europe as a whole, and so vital for Britain’s national interests,');
  });
});

describe('findTextOnPage with context', () => {
  const page = '<h1>Starmer says peace deal needs ‘US backstop’</h1><p>Sir Keir said any deal would require a “US backstop” to prevent Russia attacking.</p>';
  const where = (segments: ReturnType<typeof findTextOnPage>) => segments?.[0]?.node.parentNode?.nodeName;

  it('prefers the occurrence the surrounding words point to over an earlier one in the headline', () => {
    const body = bodyOf(page);
    expect(where(findTextOnPage(body, 'US backstop'))).toBe('H1');
    expect(where(findTextOnPage(body, 'US backstop', { before: 'any deal would require a “', after: '” to prevent Russia' }))).toBe('P');
  });

  it('uses one side of the context when the other is not on the page', () => {
    const body = bodyOf(page);
    expect(where(findTextOnPage(body, 'US backstop', { before: 'would require a “', after: '” READ MORE: an unrelated link' }))).toBe('P');
  });

  it('falls back to the first occurrence when no context matches', () => {
    expect(where(findTextOnPage(bodyOf(page), 'US backstop', { before: 'nothing like', after: 'the page' }))).toBe('H1');
  });
});
