// A paragraph that is only a dash and a name signs the quote paragraph above it, the way fact
// checks and "quotable" boxes print what was said: “We are not going to…” ¶ - Ada Pruitt. The name
// may carry a short note after a comma ("-Lena Ortiz, Tucson." / "— Ada Pruitt, speaking on
// Monday."). One to four capitalised words, nothing else: a bullet with a sentence is not a
// signature.
const SIGNATURE_LINE = /^\s*[-–—―]\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s*(?:,[^\n]{1,80})?\s*$/u;

// A wire or staff credit closing a story ("— Reuters", "- AP") credits the report, not the quote.
const CREDIT = /^(?:AP|AFP|UPI|Reuters|Associated Press|Bloomberg|Staff|Agencies|Wires?|Compiled|Editing|Reporting)\b/u;

/** The name words of a paragraph that is only a dash signature, or null. */
export function signatureLine(paragraph: string): string[] | null {
  if (paragraph.length > 120) return null;
  const name = SIGNATURE_LINE.exec(paragraph.replace(/\.\s*$/u, ''))?.[1];
  if (!name || CREDIT.test(name)) return null;
  return name.replace(/\.$/u, '').split(/\s+/u);
}
