// Sentences -> who the text says attended the meeting: the first sentence that lists the leaders
// "of"/"from" countries or bodies (or who "joined"), in a sentence about a meeting, parsed by
// parseList. Lists of the same words elsewhere ("echoed by leaders from Hungary, Slovakia…") are
// not about who attended, so a meeting word must be in the sentence.
import { parseList, type ParsedList } from './parseList';

export interface Attendees extends ParsedList {
  /** The sentence the list was read from. */
  sentence: string;
}

const MEETING = /\b(summit|meeting|talks|joined|gathered|attended|met|convened|Elys[eé]e)\b/i;
const TRIGGER = /\b(?:leaders|heads of (?:state|government)|representatives|delegations|prime ministers|presidents)\s+(?:of|from)\s+|\bjoined by\s+(?:the\s+)?(?:leaders\s+of\s+)?/gi;

export function findAttendees(sentences: string[]): Attendees | null {
  for (const sentence of sentences) {
    if (!MEETING.test(sentence)) continue;
    for (const match of sentence.matchAll(TRIGGER)) {
      const rest = sentence.slice((match.index ?? 0) + match[0].length);
      const list = parseList(rest);
      // "alongside NATO secretary general Mark Rutte" after the list's own end ("…at the Elysee Palace in Paris, alongside…").
      const extra = /\b(?:alongside|along with|as well as|together with)\s+([^.;]+)/i.exec(rest);
      if (extra?.[1] && !list.openEnded) {
        for (const member of parseList(extra[1]).members) if (!list.members.includes(member)) list.members.push(member);
      }
      if (list.members.length >= 2) return { ...list, sentence };
    }
  }
  return null;
}
