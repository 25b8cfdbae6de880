// Words of a stretch of text, with each quotation replaced by one "quote" token, so that the
// attribution rules read only the writer's words around the quotes ("…,” he added").
import type { QuoteSpan } from './findQuoteSpans';

/** One word, or one whole quotation, of the writer's text. */
export interface ClauseToken {
  /** The word as written ('' for a quotation). */
  text: string;
  /** Lower-cased, with a final possessive ’s and any final period removed. */
  lower: string;
  /** Offset of the token (of the opening mark, for a quotation). */
  start: number;
  /** Offset just past it. */
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Index into the quote list when this token stands for a quotation. */
  quote: number | null;
  /** The text between the previous token and this one (punctuation and spaces). */
  gap: string;
  /** For a quotation: its last character inside the marks ("," in “…,” he said), '' otherwise. */
  ends?: string;
}

// A word, or a party tag or state after a US legislator's name ("Sen. Bernie Sanders (I-Vt.) said",
// "Mitch McConnell, R-Ky., said", "Sen. Ted Cruz (Tex.) said"),
// which is skipped: it stands between the name and the verb like a space. In a page decoded with
// the wrong charset a letter comes out as "Ã" and a symbol or control character ("FranÃ§ois",
// "JesÃ\u0083Âos", sometimes with the "Ã" decomposed): the pair stays inside the word, so the name is not cut short there.
// A full stop between two lower-case letters and a capital is a missing space, not an
// abbreviation ("“…,” Trump said.Trump claimed…"): the words are read apart ("U.S.", "Ph.D." stay whole).
const WORD = /\((?:[DRI]|Dem|Rep|Ind)(?:[-–,][^()\n]{1,24})?\)|\((?:Ala|Alaska|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Hawaii|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Maine|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Ohio|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Utah|Vt|Va|Wash|W\.Va|Wis|Wyo)\.?\)(?=\s)|(?<=,\s*)[DRI]-[A-Z][a-z]{0,4}\.?(?=\s*,)|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|(?<=[ÃÂ]|A[\u0302\u0303])[\u0080-\u00bf]|['’-](?=[\p{L}\p{N}])|\.(?=[\p{Ll}\p{N}])|(?<!\p{Ll}{2})\.(?=\p{Lu}))*/gu;
// Abbreviations that keep their period as part of the word ("Mr.", "Sen.", "Charles E. Grassley"),
// so that the name they belong to reads as one run of words; company abbreviations too ("at IG
// Ltd., said") and US state abbreviations ("retired in Cambridge, Mass., said"), so that the
// apposition's closing comma stays a comma.
const KEEPS_PERIOD = /^(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Del|Mrs|Ms|Mx|Dr|Rev|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Maj|Prof|Pres|Amb|Atty|Supt|Jr|Sr|St|Ft|Mt|Ltd|Inc|Corp|Co|Cos|Bros|Plc|Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/u;
// A senator's state in brackets stands where a party tag would: "Sen. Ted Cruz (Tex.) has said".
const STATE_TAG = /\((?:Ala|Alaska|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Hawaii|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Maine|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Ohio|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Utah|Vt|Va|Wash|W\.Va|Wis|Wyo)\.?\)/gu;
const PARTY_TAG = /^(?:\(|[DRI]-\p{Lu})/u;

/** The word lower-cased, without a final possessive 's or ’s, then without a final period (no regex: this runs for every word of the article). */
function lowerForm(word: string): string {
  let lower = word.toLowerCase();
  if (lower.length >= 2 && lower.endsWith('s') && (lower[lower.length - 2] === "'" || lower[lower.length - 2] === '’')) lower = lower.slice(0, -2);
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Tokens of text[from, to); `quotes` (sorted, with their indices) become single tokens. */
export function tokenizeClause(text: string, from: number, to: number, quotes: ReadonlyArray<{ span: QuoteSpan; index: number }>): ClauseToken[] {
  const out: ClauseToken[] = [];
  let prevEnd = from;
  const words = (a: number, b: number): void => {
    if (b <= a) return;
    const part = text.slice(a, b);
    for (const m of part.matchAll(WORD)) {
      const start = a + m.index;
      let word = m[0];
      if (PARTY_TAG.test(word)) continue;
      if (text.charAt(start + word.length) === '.' && start + word.length < b && KEEPS_PERIOD.test(word)) word += '.';
      out.push({
        text: word,
        lower: lowerForm(word),
        start,
        end: start + word.length,
        cap: /^\p{Lu}/u.test(word),
        quote: null,
        gap: text
          .slice(prevEnd, start)
          .replace(/\((?:[DRI]|Dem|Rep|Ind)(?:[-–,][^()\n]{1,24})?\)|,\s*[DRI]-\p{Lu}\p{Ll}{0,4}\.?\s*,/gu, ' ')
          .replace(STATE_TAG, ' '),
      });
      prevEnd = start + word.length;
    }
  };
  let at = from;
  for (const { span, index } of quotes) {
    if (span.close <= from || span.open >= to) continue;
    words(at, Math.max(at, span.open));
    const start = Math.max(from, span.open);
    const end = Math.min(to, Math.max(span.close, span.end));
    // A nested quote's closing mark is not the ending: “…‘What can I do?’” -> "?".
    const inner = text.slice(span.start, span.end).trimEnd().replace(/[’'"”»]+$/u, '');
    out.push({ text: '', lower: '', start, end, cap: false, quote: index, gap: text.slice(prevEnd, start), ends: inner.charAt(inner.length - 1) });
    prevEnd = end;
    at = end;
  }
  words(at, to);
  return out;
}
