// The direct quotes as the annotators see them. PolNeAR marks attributions (source, cue,
// content), not quotation marks, so a direct quote is a double-quoted stretch of the text
// (“…” or "…", or "…” where a page mixes the two; paragraph by paragraph, a mark left open
// running to the paragraph's end) that lies mostly inside some attribution's content. A quoted stretch outside every content — a
// title, a nickname, a scare quote — is not someone's remark to the annotators. The scanner is
// deliberately simple and independent of utils/quotes, so that it does not grade itself.
import type { GoldAttribution, PolnearDoc, Span } from './readPolnear';

/** One annotated direct quote. */
export interface GoldQuote extends Span {
  /** The attribution whose content holds it. */
  attribution: GoldAttribution;
}

/** Characters of `a` covered by the pieces. */
export function covered(a: Span, pieces: readonly Span[]): number {
  let n = 0;
  for (const p of pieces) n += Math.max(0, Math.min(a.end, p.end) - Math.max(a.start, p.start));
  return n;
}

/** Double-quoted stretches of the text (inner text, marks excluded). */
export function quotedStretches(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let open = -1;
    let kind = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (open < 0 && (c === '“' || c === '"')) {
        open = i + 1;
        kind = c;
      } else if (open >= 0 && ((kind === '“' && c === '”') || (kind === '"' && (c === '"' || c === '”')))) {
        if (i > open) out.push({ start: lineStart + open, end: lineStart + i });
        open = -1;
      }
    }
    if (open >= 0 && line.length > open) out.push({ start: lineStart + open, end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  return out.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}

/** The annotated direct quotes of one article. */
export function goldQuotes(doc: PolnearDoc): GoldQuote[] {
  const out: GoldQuote[] = [];
  for (const s of quotedStretches(doc.text)) {
    let best: GoldAttribution | null = null;
    let bestCover = 0;
    for (const a of doc.attributions) {
      const c = covered(s, a.content);
      if (c > bestCover) {
        best = a;
        bestCover = c;
      }
    }
    if (best && bestCover * 2 >= s.end - s.start) out.push({ start: s.start, end: s.end, attribution: best });
  }
  return out;
}
