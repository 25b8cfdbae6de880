// Sentences -> the event's claims (eventFacts.ts) the text reports, each with the first
// sentence that reports it.
import { CLAIMS } from './eventFacts';

export function findClaims(sentences: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const sentence of sentences) {
    for (const claim of CLAIMS) {
      if (!found.has(claim.id) && claim.cues.every((cue) => cue.test(sentence))) found.set(claim.id, sentence);
    }
  }
  return found;
}
