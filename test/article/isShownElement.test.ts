import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isShownElement } from '../../utils/article/isShownElement';

const el = (html: string): Element => new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!;

describe('isShownElement', () => {
  it.each([
    ['<p>Plain paragraph</p>', true],
    ['<p class="lead" style="color: red">Styled, shown</p>', true],
    ['<p hidden>Hidden attribute</p>', false],
    ['<p aria-hidden="true">Hidden from readers</p>', false],
    ['<p aria-hidden="false">Shown</p>', true],
    ['<img aria-hidden="true" class="mwe-math-fallback-image-inline">', true],
    ['<p style="display:none">Inline display none</p>', false],
    ['<p style="color: red; DISPLAY : None !important;">Display none among others</p>', false],
    ['<p style="display: none-ish">Not a display value we know</p>', true],
    ['<p style="display: block">Block</p>', true],
    ['<p style="--display:none">A custom property, not display</p>', true],
  ])('%s → %s', (html, shown) => {
    expect(isShownElement(el(html))).toBe(shown);
  });

  it('agrees with the element\'s own parsed style on display', () => {
    for (const style of ['display:none', 'display: none;', 'color:red;display:none', 'display:block', 'display: inline', 'margin: 0']) {
      const p = el(`<p style="${style}">x</p>`) as HTMLElement;
      expect(isShownElement(p)).toBe(p.style.display !== 'none');
    }
  });
});
