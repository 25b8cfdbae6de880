// A time phrase between a subject and its verb: "Trump on Tuesday said", "who Beck on Wednesday
// called", "Clinton last week told", "Sanders at the time said". The cue rules (findCues.ts) step
// over it to reach the subject; without it the day reads as the last word of a name.
import type { ClauseToken } from './tokenizeClause';

const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
const PERIOD = /^(?:week|month|year|night|morning|weekend|spring|summer|fall|autumn|winter)$/u;
const spaceOnly = (gap: string | undefined): boolean => gap !== undefined && /^[^\S\n]+$/u.test(gap);

/** The index where a time phrase ending at token j begins ("on" in "on Tuesday"), or -1. */
export function timePhraseStart(tokens: readonly ClauseToken[], j: number): number {
  const w = tokens[j];
  const prev = tokens[j - 1];
  if (!w || !prev || w.quote !== null || prev.quote !== null || !spaceOnly(w.gap)) return -1;
  // "on Tuesday", "on Tuesday night"
  if (w.cap && DAY.test(w.lower) && prev.lower === 'on') return j - 1;
  if (PERIOD.test(w.lower) && !w.cap) {
    if (/^(?:last|this)$/u.test(prev.lower)) return j - 1;
    if (tokens[j - 2]?.lower === 'on' && prev.cap && DAY.test(prev.lower) && spaceOnly(prev.gap)) return j - 2;
  }
  // "at the time"
  if (w.lower === 'time' && prev.lower === 'the' && tokens[j - 2]?.lower === 'at' && spaceOnly(prev.gap)) return j - 2;
  return -1;
}
