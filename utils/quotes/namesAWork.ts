// Quoted words that name a work, a programme or a show by what stands before them: "on NBC’s
// “Meet the Press”", "the podcast “So, That Happened.”", "a segment entitled “Pimp My Chopper.”"
// (issue 16, point 3: titles are nobody's remark). isTitle.ts reads the words alone and needs four
// of them; here two are enough, or one after a kind of work, because the context says what they
// are. Measured on PolNeAR train: 73 programme and book names after a possessive or such a noun,
// most credited to whoever spoke on the programme ("Trump said on NBC’s “Today”").

// Kinds of work, and the words that introduce a title.
const WORK = /(?:^|\s)(?:show|program|programme|podcast|series|movie|film|book|documentary|segment|column|editorial|song|album|novel|play|musical|sitcom|memoir|titled|entitled)$/iu;
// An outlet's or author's possessive right before the quote: "MSNBC’s", "Ayn Rand's", "Friday’s".
const POSSESSIVE = /(?:^|\s)\p{Lu}[\p{L}.&-]*['’]s?$/u;
// Short words a title leaves in lower case.
const MINOR = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|with|by|from|as|is|are|vs|via|per|into|over|up|out|off|so|if|than)$/u;

/** True when `quoted` is in title case and the text right before it (`before`) names a work or its owner. */
export function namesAWork(quoted: string, before: string): boolean {
  if (/[!?]/u.test(quoted)) return false; // "Lock Her Up!": a chant, said by someone
  const words = quoted.replace(/[.,;:]+$/u, '').split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > 10) return false;
  const titleCase = words.every((w, i) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.test(w)));
  if (!titleCase || words.every((w) => !/\p{Ll}/u.test(w))) return false;
  const lead = before.trimEnd();
  return WORK.test(lead) || (words.length >= 2 && POSSESSIVE.test(lead) && !/(?:^|\s)(?:It|He|She|That|What|Who|There|Here)['’]s$/u.test(lead));
}
