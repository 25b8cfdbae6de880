// Which known pattern a speaker miss belongs to, for the --errors listing (issue 16's list).
import type { SpeakerCase } from './scoreDoc';

const HONORIFIC = /^(?:the\s+)?(?:mr|mrs|ms|dr|rev|sen|gov|rep|gen|lt|sgt|prof|sir|dame|lord|lady)\.?\s/iu;

/** A short label for the case's pattern. */
export function missPattern(text: string, c: SpeakerCase): string {
  const source = c.gold.attribution.source;
  if (!source) return 'no source';
  const between = source.end <= c.gold.start ? text.slice(source.end, c.gold.start) : text.slice(c.gold.end, source.start);
  if (between.includes('\n')) return 'source in another paragraph';
  if (HONORIFIC.test(source.text)) return 'honorific';
  if (/,/u.test(source.text)) return 'apposition';
  if (!/\p{Lu}/u.test(source.text.slice(1))) return 'description / organisation / document';
  return 'other';
}
