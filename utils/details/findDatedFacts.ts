// Sentences -> for each dated topic of the event (eventFacts.ts), the time the text gives for
// it, or null when the text speaks of it without saying when. Topics the text never speaks of
// are absent, so "not stated" and "not mentioned" stay apart.
import { DATED_TOPICS } from './eventFacts';
import { findTimeExpressions } from './findTimeExpressions';

export interface DatedFact {
  value: string | null;
  sentence: string;
}

/** How far (characters) a time expression may stand from what it dates. */
const MAX_DISTANCE = 80;

export function findDatedFacts(sentences: string[]): Map<string, DatedFact> {
  const facts = new Map<string, DatedFact>();
  for (const sentence of sentences) {
    for (const topic of DATED_TOPICS) {
      if (!topic.cues.every((cue) => cue.test(sentence)) || topic.not?.some((n) => n.test(sentence))) continue;
      const anchor = topic.anchor.exec(sentence)?.index ?? 0;
      let best: { value: string; distance: number } | null = null;
      for (const time of findTimeExpressions(sentence)) {
        const distance = Math.abs(time.at - anchor);
        if (distance <= MAX_DISTANCE && (!best || distance < best.distance)) best = { value: time.value, distance };
      }
      const known = facts.get(topic.id);
      if (!known || (known.value === null && best)) facts.set(topic.id, { value: best?.value ?? null, sentence });
    }
  }
  return facts;
}
