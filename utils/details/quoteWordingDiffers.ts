// Whether two outlets' wordings of one quote differ in a way a reader would care about. The
// matcher links a quote to every outlet that carries any of its words, so most "partial"
// matches are one outlet quoting a phrase ("US backstop") from a longer passage another quotes
// in full: the same words, not a different wording. Telling differences are:
// - a word changed inside the shared words ("is the only way" / "was the only way");
// - a short fragment with a word or two more or less ("completely premature" / "premature"),
//   unless the outlet with the shorter quote has those words right outside its quote marks
//   (a US 'backstop' / a “US backstop”: the same words, the marks placed differently);
// - a complete sentence that the other outlet joins to more words ("…peace agreement." /
//   "…peace agreement, but there must be a US backstop…");
// - the same opening, then different words in each ("…as a whole. This is…" / "…as a whole, and therefore…").
import { wordDiff } from '../text/wordDiff';
import type { DiffPart } from '../types';
import { foldedWords } from '../text/foldedWords';

/** A fragment this short with a word or two added is a changed wording, not a quoted phrase. */
const SHORT_FRAGMENT_WORDS = 3;
const SMALL_CHANGE_WORDS = 2;
/** A quoted complete sentence has at least this many words… */
const SENTENCE_WORDS = 6;
/** …and is "joined to another" when the other wording carries at least this many more. */
const JOINED_WORDS = 4;
/** Two wordings that share an opening (or ending) of this many words and then part ways differ. */
const SHARED_WORDS = 4;
const PARTED_WORDS = 3;

/** The text around each quote in its own article: what stands just outside the quote marks. */
export interface QuoteSurroundings {
  pageBefore: string;
  pageAfter: string;
  otherBefore: string;
  otherAfter: string;
}

/** `diff`, when the caller has it already, is wordDiff(page, other) (the matcher makes one for each match). */
export function quoteWordingDiffers(page: string, other: string, around?: QuoteSurroundings, diff?: readonly DiffPart[]): boolean {
  const parts = (diff ?? wordDiff(page, other))
    .map((p) => {
      const list = foldedWords(p.text);
      return { op: p.op, list, words: list.length };
    })
    .filter((p) => p.words > 0);
  const first = parts.findIndex((p) => p.op === 'same');
  if (first < 0) return false;
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => p.op === 'same');
  if (parts.slice(first, last + 1).some((p) => p.op !== 'same')) return true;

  const count = (from: number, to: number, op: 'added' | 'removed'): number =>
    parts.slice(from, to).filter((p) => p.op === op).reduce((n, p) => n + p.words, 0);
  const shared = parts.filter((p) => p.op === 'same').reduce((n, p) => n + p.words, 0);
  const pageOnly = { lead: count(0, first, 'removed'), trail: count(last + 1, parts.length, 'removed') };
  const otherOnly = { lead: count(0, first, 'added'), trail: count(last + 1, parts.length, 'added') };
  const pageExtra = pageOnly.lead + pageOnly.trail;
  const otherExtra = otherOnly.lead + otherOnly.trail;
  if (pageExtra === 0 && otherExtra === 0) return false;

  if (pageExtra === 0 || otherExtra === 0) {
    // One wording holds the other whole.
    const [inner, extra] = pageExtra === 0 ? [page, otherExtra] : [other, pageExtra];
    if (shared <= SHORT_FRAGMENT_WORDS && extra <= SMALL_CHANGE_WORDS) {
      if (!around) return true;
      const op = pageExtra === 0 ? 'added' : 'removed';
      const lead = parts.slice(0, first).filter((p) => p.op === op).flatMap((p) => p.list);
      const trail = parts.slice(last + 1).filter((p) => p.op === op).flatMap((p) => p.list);
      const before = foldedWords(pageExtra === 0 ? around.pageBefore : around.otherBefore);
      const after = foldedWords(pageExtra === 0 ? around.pageAfter : around.otherAfter);
      const outside = before.slice(before.length - lead.length).join(' ') === lead.join(' ') && after.slice(0, trail.length).join(' ') === trail.join(' ');
      return !outside;
    }
    return shared >= SENTENCE_WORDS && /[.!?][”"’')\]]*\s*$/.test(inner.trim()) && extra >= JOINED_WORDS;
  }
  return shared >= SHARED_WORDS && ((pageOnly.trail >= PARTED_WORDS && otherOnly.trail >= PARTED_WORDS) || (pageOnly.lead >= PARTED_WORDS && otherOnly.lead >= PARTED_WORDS));
}
