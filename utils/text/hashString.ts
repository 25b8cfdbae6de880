// 32-bit FNV-1a: small, fast, deterministic across Node and browsers, good enough spread for
// shingle fingerprints (a rare collision only adds a spurious shared shingle). Hand-rolled
// because it is eight lines and the index must hash identically at build time and in the browser.

/** Unsigned 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
