// A saved page's decoded text (or undecoded bytes) as a jsdom Document, the way the CLI and the
// eval script both read it.
import type { JSDOM as JSDOMType } from 'jsdom';

type JsdomClass = typeof JSDOMType;

export function parsePage(JSDOM: JsdomClass, input: string | Uint8Array, url: string | null): Document {
  return new JSDOM(input, url ? { url } : {}).window.document;
}
