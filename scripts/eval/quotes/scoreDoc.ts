// Scores one article: our quotes against the annotated direct quotes and contents.
import { extractQuotes } from '../../../utils/quotes/extractQuotes';
import type { Quote } from '../../../utils/types';
import { covered, goldQuotes, type GoldQuote } from './goldQuotes';
import type { PolnearDoc } from './readPolnear';
import { namedInContent } from './namedInContent';
import { isDescription, isPronoun, isSlip, sameEntity } from './sameEntity';
import { titledAs } from './titledAs';

/** Speaker outcome for one annotated quote with a named source. */
export type Outcome = 'right' | 'wrong' | 'none' | 'unverified';

/** One annotated quote with a named source, and what we said. */
export interface SpeakerCase {
  doc: string;
  gold: GoldQuote;
  quote: Quote | null;
  outcome: Outcome;
  /** The rule that named our speaker ('' for none). */
  rule: string;
  /** Right only because the annotated content itself names our speaker as reporting the words (namedInContent.ts). */
  nested: boolean;
}

/** Counts for one article (added up over a split). */
export interface DocScore {
  gold: number;
  found: number;
  long: number;
  longTrue: number;
  falseLong: Array<{ doc: string; text: string }>;
  cases: SpeakerCase[];
  pronounCases: number;
  pronounGiven: number;
  missed: Array<{ doc: string; text: string }>;
  /** Our quotes with a speaker, and those of them the annotators credit to no one (not inside a content with a source). */
  credited: number;
  creditedUnsourced: number;
  /** The rule behind each of those (for --rules). */
  unsourcedRules: string[];
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Our quote holding most of the gold quote's characters (at least half), or null. */
function ours(gold: GoldQuote, quotes: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestCover = 0;
  for (const q of quotes) {
    const c = covered(gold, [q]);
    if (c > bestCover) {
      best = q;
      bestCover = c;
    }
  }
  return best && bestCover * 2 >= gold.end - gold.start ? best : null;
}

/** Scores `doc`. */
export function scoreDoc(doc: PolnearDoc): DocScore {
  const rules = new Map<string, string>();
  const quotes = extractQuotes(doc.text, rules);
  const gold = goldQuotes(doc);
  const contents = doc.attributions.flatMap((a) => a.content);
  const score: DocScore = { gold: gold.length, found: 0, long: 0, longTrue: 0, falseLong: [], cases: [], pronounCases: 0, pronounGiven: 0, missed: [], credited: 0, creditedUnsourced: 0, unsourcedRules: [] };
  for (const g of gold) {
    const q = ours(g, quotes);
    if (q) score.found++;
    else score.missed.push({ doc: doc.name, text: doc.text.slice(g.start, g.end) });
    const source = g.attribution.source;
    if (!source) continue;
    if (isPronoun(source.text)) {
      score.pronounCases++;
      if (q?.speaker) score.pronounGiven++;
      continue;
    }
    if (isSlip(source.text)) continue;
    // A description as the source ("the president", "the mayor") and a person's name from us:
    // PolNeAR has no coreference, so whether they are the same person cannot be checked here.
    const unverified = (speaker: string): boolean => isDescription(source.text) && /^\p{Lu}/u.test(speaker) && !isDescription(speaker);
    // Our speaker named by a report nested inside the content (`“…,” Sanders said, according to CNN`) is right too.
    const nested = (speaker: string): boolean => namedInContent(speaker, doc.text, g.attribution.content);
    // …unless the article's own titles settle it ("President Barack Obama": titledAs.ts).
    const titled = (speaker: string): Outcome => {
      const found = titledAs(source.text, speaker, doc.text);
      return found === 'same' ? 'right' : found === 'other' ? 'wrong' : 'unverified';
    };
    const outcome: Outcome = !q?.speaker
      ? 'none'
      : sameEntity(q.speaker, source.text)
        ? 'right'
        : nested(q.speaker)
          ? 'right'
          : unverified(q.speaker)
            ? titled(q.speaker)
            : 'wrong';
    const viaNested = outcome === 'right' && q?.speaker ? !sameEntity(q.speaker, source.text) && nested(q.speaker) : false;
    score.cases.push({ doc: doc.name, gold: g, quote: q, outcome, rule: q ? (rules.get(q.id) ?? '') : '', nested: viaNested });
  }
  // A speaker on a quote nobody is credited with (a scare quote, a nickname, a show's name) says
  // something the article does not: PolNeAR marks every attribution, so such quotes lie outside
  // all contents that have a source.
  const sourced = doc.attributions.filter((a) => a.source).flatMap((a) => a.content);
  for (const q of quotes) {
    if (!q.speaker) continue;
    score.credited++;
    if (covered(q, sourced) * 2 >= q.end - q.start) continue;
    score.creditedUnsourced++;
    score.unsourcedRules.push(rules.get(q.id) ?? '');
  }
  for (const q of quotes) {
    if (words(q.text) < 4) continue;
    score.long++;
    // A true quote lies mostly inside some annotated content.
    if (covered(q, contents) * 2 >= q.end - q.start) score.longTrue++;
    else score.falseLong.push({ doc: doc.name, text: q.text });
  }
  return score;
}
