// Turning a saved page's bytes into what jsdom should parse, shared by the command-line tools
// (analyze, library) and the eval script, so all of them read a page the same way.

/** Larger files are refused before reading: a saved news page is well under 10 MB. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed data', [0x1f, 0x8b]],
];

/** What the bytes are, when they are plainly not an HTML page; null when they may be one. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of BINARY_SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return kind;
  // UTF-16 pages start with a byte-order mark and legitimately contain NUL bytes.
  if (utf16Bom(bytes)) return null;
  // No text encoding a browser would guess puts NUL bytes in an HTML page (git and grep use the same test).
  if (bytes.subarray(0, 64 * 1024).includes(0)) return 'binary data';
  return null;
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The page as jsdom should see it: valid UTF-8 (the common case, declared or not) as text;
 * a page with a byte-order mark decoded by that mark, as a browser does whatever the page's
 * <meta charset> says (jsdom's own sniffing lets a stray "utf-16" meta override it, and throws on
 * names it does not know); anything else as bytes, for jsdom to decode as a browser would
 * (<meta charset>, else windows-1252), so a legacy-encoded or damaged file still reads, with
 * U+FFFD where bytes are bad.
 */
export function decodePage(bytes: Uint8Array): string | Uint8Array {
  const bom = utf16Bom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}
