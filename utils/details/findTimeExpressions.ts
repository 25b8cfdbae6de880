// A sentence -> the days, dates and relative times it gives ("on Tuesday", "next week",
// "17 February", "2014"), with where each stands, so the one nearest to what it dates can be
// chosen. "in the coming days" counts: an outlet saying "soon" where another says "Tuesday"
// differs.
export interface TimeExpression {
  /** The expression as a reader would quote it ("Tuesday", "next week", "2014"). */
  value: string;
  /** Offset of the expression in the sentence. */
  at: number;
}

const DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const TIME = new RegExp(
  [
    String.raw`\b(?:(?:the )?early hours of |(?:last|next|this) )?(?:${DAY})\b`,
    String.raw`\b(?:next|last|this) (?:week|month|year|weekend)\b`,
    String.raw`\b(?:tomorrow|yesterday|today|tonight)\b`,
    String.raw`\bin the coming (?:days|weeks|months)\b`,
    String.raw`\b\d{1,2} (?:${MONTH})(?: \d{4})?\b`,
    String.raw`\b(?:${MONTH}) \d{1,2}(?:, \d{4})?\b`,
    String.raw`\b(?:19|20)\d{2}\b`,
  ].join('|'),
  'g',
);

const DAYS = DAY.split('|');
const RELATIVE_DAY = /\b(?:a|one|the) day (before|after)\b/g;

export function findTimeExpressions(sentence: string): TimeExpression[] {
  const found = [...sentence.matchAll(TIME)].map((m) => ({ value: m[0], at: m.index ?? 0 }));
  // "…gathered on Monday, a day before negotiators sit down in Saudi Arabia": the talks are on
  // Tuesday. Resolved only against a day the same sentence names; otherwise the phrase gives no day.
  const named = found.map((t) => DAYS.findIndex((d) => t.value.endsWith(d))).find((i) => i >= 0);
  if (named !== undefined) {
    const day = DAYS[named] ?? '';
    for (const m of sentence.matchAll(RELATIVE_DAY)) {
      const before = m[1] === 'before';
      const other = DAYS[(named + (before ? 1 : 6)) % 7] ?? '';
      found.push({ value: `${other} (the day ${before ? 'after' : 'before'} ${day})`, at: m.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
