// A library article's id, its docId in matches: "lib:" + 13 base-36 characters of a 64-bit hash
// (two 32-bit FNV-1a hashes of differently salted keys). One 32-bit hash would give two of
// 10,000 articles the same id about once in a hundred libraries; 64 bits, never in practice.
import { hashString } from '../text/hashString';

/** The id for an article kept under `key` (its canonical URL, else its text). */
export function libraryArticleId(key: string): string {
  const high = hashString(key);
  const low = hashString(`\u0001${key}`);
  const value = (BigInt(high) << 32n) | BigInt(low);
  return `lib:${value.toString(36).padStart(13, '0')}`;
}
