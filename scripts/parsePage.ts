// A saved page's decoded text (or undecoded bytes) as a jsdom Document, the way the CLI and the
// eval script both read it. jsdom parses every <style> sheet while building the page, and its CSS
// parser throws on values a browser just ignores (SCSS left in a sheet:
// "calc(($container-max-width - …) / 16 * 9)"); the page's text is still fine. So a parse that
// throws is tried again without what threw: first with the style sheets' contents left out
// (detection reads no style sheet, only inline styles), then also without inline styles.
// jsdom's own complaints ("Could not parse CSS stylesheet") are not passed on: the CLI's stderr
// is for its one line about what went wrong.
import type * as Jsdom from 'jsdom';

/** The contents of each <style> element, as the HTML tokenizer finds its end. */
const STYLE_SHEET = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;
/** Inline style attributes, quoted either way or bare. */
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

const withoutStyleSheets = (html: string): string => html.replace(STYLE_SHEET, '$1$2');
const withoutInlineStyles = (html: string): string => withoutStyleSheets(html).replace(STYLE_ATTRIBUTE, '');

/** Applies `edit` to the markup, keeping undecoded bytes byte for byte (latin1 maps bytes to characters one to one). */
function edited(input: string | Uint8Array, edit: (html: string) => string): string | Uint8Array {
  if (typeof input === 'string') return edit(input);
  return Buffer.from(edit(Buffer.from(input).toString('latin1')), 'latin1');
}

export function parsePage({ JSDOM, VirtualConsole }: typeof Jsdom, input: string | Uint8Array, url: string | null): Document {
  const virtualConsole = new VirtualConsole();
  const options = url ? { url, virtualConsole } : { virtualConsole };
  let firstError: unknown;
  for (const edit of [null, withoutStyleSheets, withoutInlineStyles]) {
    try {
      return new JSDOM(edit ? edited(input, edit) : input, options).window.document;
    } catch (error) {
      firstError ??= error;
    }
  }
  throw firstError;
}
