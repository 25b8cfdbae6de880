// Sentences -> the counts they give ("27 countries", "two brigades", "30,000 troops"), the noun
// reduced to its singular so "troops" and "troop" meet. "one" is left out: it is a pronoun and
// an idiom ("for one reason only") far more often than a count.
import { parseNumber } from './parseNumber';

export interface Count {
  /** Singular noun counted ("troop"). */
  noun: string;
  value: number;
  /** The words as written ("30,000 troops"). */
  text: string;
  sentence: string;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen`;
const COUNT = new RegExp(String.raw`\b(${NUMBER})(?:\s+(hundred|thousand|million|billion))?\s+(?:(?:more|new|other|extra|additional|British|European|US|American|Ukrainian|Russian)\s+)?([a-z]{3,})\b`, 'gi');
// Words after a number that are not the thing counted.
const NOT_NOUNS = new Set(['and', 'the', 'per', 'of', 'to', 'in', 'on', 'at', 'for', 'or', 'was', 'were', 'had', 'have', 'has', 'will', 'would', 'who', 'which', 'that', 'when', 'years', 'year', 'percent', 'cent', 'times', 'more', 'than', 'other', 'others', 'said', 'are', 'is']);

export function findCounts(sentences: string[]): Count[] {
  const counts: Count[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(COUNT)) {
      const [text, number = '', scale, rawNoun = ''] = match;
      const noun = rawNoun.toLowerCase();
      if (NOT_NOUNS.has(noun)) continue;
      // A year ("in 2014 troops…") is a date, not a count.
      if (/^(19|20)\d{2}$/.test(number) && !scale) continue;
      const value = parseNumber(scale ? `${number} ${scale}` : number);
      if (value === null) continue;
      counts.push({ noun: singular(noun), value, text, sentence });
    }
  }
  return counts;
}

function singular(noun: string): string {
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/(ss|us)$/.test(noun)) return noun;
  return noun.replace(/s$/, '');
}
