// Length of a text in "Latin-character equivalents". A Japanese or Chinese character carries
// about as much as three Latin letters, so length thresholds written for English would call
// every CJK article "too short" (a known failure of reader-mode checks on non-Latin sites).
const WIDE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

export function textWeight(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return text.length + wide * 2;
}
