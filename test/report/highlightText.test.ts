// The one page change: <mark> around the quote, removed so the page is exactly as before.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { highlightText } from '../../utils/report/highlightText';

const page = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

describe('highlightText', () => {
  it('wraps the words in marks and restores the very same text nodes on removal', () => {
    const doc = page('<p id="p">Sir Keir said: “Europe must <a href="/x">play its role</a>, and I’m prepared.”</p>');
    const p = doc.getElementById('p')!;
    const before = p.innerHTML;
    const nodesBefore = [p.firstChild, p.querySelector('a')!.firstChild, p.lastChild];
    const highlight = highlightText(doc, 'Europe must play its role, and I’m prepared.');
    expect(highlight).not.toBeNull();
    expect(highlight!.marks.map((m) => m.textContent)).toEqual(['Europe must ', 'play its role', ', and I’m prepared.']);
    expect(p.textContent).toBe('Sir Keir said: “Europe must play its role, and I’m prepared.”');
    highlight!.remove();
    expect(p.innerHTML).toBe(before);
    expect([p.firstChild, p.querySelector('a')!.firstChild, p.lastChild]).toEqual(nodesBefore);
    expect(p.childNodes).toHaveLength(3);
    highlight!.remove(); // a second removal is harmless
    expect(p.innerHTML).toBe(before);
  });

  it('changes nothing when the words are not on the page', () => {
    const doc = page('<p>Nothing to see.</p>');
    const before = doc.body.innerHTML;
    expect(highlightText(doc, 'democracy must prevail')).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('builds marks as elements, so markup in the quote stays text', () => {
    const doc = page('<p>He wrote “&lt;img src=x onerror=alert(1)&gt;” in a post.</p>');
    const highlight = highlightText(doc, '<img src=x onerror=alert(1)>');
    expect(highlight?.marks[0]?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });

  it('does not fail when the page removed the highlighted paragraph meanwhile', () => {
    const doc = page('<p id="p">“democracy must prevail”</p>');
    const highlight = highlightText(doc, 'democracy must prevail');
    doc.getElementById('p')!.remove();
    expect(() => highlight!.remove()).not.toThrow();
  });
});
