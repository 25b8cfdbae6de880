// The dated facts and the claims of this event that outlets report or leave out, each with the
// words that show a sentence is about it. Dates and days are only compared on a known topic:
// "next week" in one report and "next week" in another may be about different things, and a
// difference is only worth showing when both are about the same thing.

/** A dated fact: when something happened or will happen. */
export interface DatedTopic {
  id: string;
  /** The question the value answers, for a reader. */
  topic: string;
  /** Every pattern must match the sentence for it to be about this topic. */
  cues: RegExp[];
  /** Patterns that rule the sentence out (another person's call, say). */
  not?: RegExp[];
  /** Where in the sentence the fact is; the time expression nearest to it is its value. */
  anchor: RegExp;
}

/** A claim only some outlets report. */
export interface ClaimTopic {
  id: string;
  /** The claim, as the "Only in X: …" line shows it. */
  topic: string;
  cues: RegExp[];
}

export const DATED_TOPICS: DatedTopic[] = [
  {
    id: 'paris-meeting',
    topic: 'When the Paris meeting was held',
    cues: [/\b(paris|elys[eé]e)\b/i, /\b(gathered|met|meeting|summit|talks)\b/i],
    anchor: /\b(gathered|met|meeting|summit|talks)\b/i,
  },
  { id: 'saudi-talks', topic: 'When the US–Russia talks in Saudi Arabia begin', cues: [/\b(saudi|riyadh)\b/i, /\b(talks|negotiations|meet\w*|discussions|delegation)\b/i], anchor: /\b(saudi|riyadh)\b/i },
  {
    id: 'washington-visit',
    topic: 'When Keir Starmer goes to Washington to meet Donald Trump',
    cues: [/\b(washington|white house|visit (?:to )?the (?:us|united states))\b/i, /\b(trump|president)\b/i, /\b(starmer|sir keir|I will|prime minister|he)\b/i],
    anchor: /\b(washington|white house|visit)\b/i,
  },
  {
    id: 'zelenskyy-call',
    topic: 'When Keir Starmer last spoke to Volodymyr Zelenskyy',
    cues: [/\b(spoke|spoken|talked|called|call)\b[^.]*\bzelensk/i, /\b(I|starmer|sir keir|prime minister)\b/],
    not: [/\bmacron\b/i],
    anchor: /\b(spoke|spoken|talked|called|call)\b/i,
  },
  { id: 'macron-call', topic: 'When Emmanuel Macron spoke to Donald Trump and Volodymyr Zelenskyy', cues: [/\bmacron\b/i, /\b(posted|spoke|spoken|called)\b/i, /\btrump\b/i], anchor: /\b(posted|spoke|spoken|called)\b/i },
  { id: 'crimea-annexed', topic: 'When Russia annexed Crimea', cues: [/\bcrimea\b/i, /\bannex/i], anchor: /\bannex\w*|\bcrimea\b/i },
];

export const CLAIMS: ClaimTopic[] = [
  {
    id: 'poland-rules-out-troops',
    topic: 'Poland ruling out sending troops',
    cues: [/\b(poland|polish|warsaw)\b[^.]*\b(ruled out|rules out|rule out|not (?:send|deploy)|no plans to (?:send|deploy)|won't (?:send|deploy)|will not (?:send|deploy))/i],
  },
  {
    id: 'backstop-contents',
    topic: 'What the US backstop could include (air support, logistics, intelligence)',
    cues: [/\b(air support|air cover|air power)\b/i, /\b(intelligence|logistic)/i],
  },
  {
    id: 'us-europe-not-primary',
    topic: "Trump saying Europe's defence is no longer the US's primary concern",
    cues: [/\bno longer\b[^.]*\b(primary|main|top) (concern|priority|focus)\b/i, /\b(europe|european)/i],
  },
];
