// Whether a quotation is a fragment of the writer's own sentence (a scare quote, a phrase, a
// clause embedded after "that") rather than the speaker's own sentence(s). The popup ranks
// fragments below full quotes. Judged from the quote's first letter and the words before it.
import type { QuoteSpan } from './findQuoteSpans';
import { SPEECH_VERBS } from './speechWords';

/** The quote before this one in the same sentence, if any. */
export interface PreviousInSentence {
  span: QuoteSpan;
  fragment: boolean;
}

/** True when `span` is a fragment; `sentenceStart` is where its sentence begins. */
export function isFragment(text: string, span: QuoteSpan, sentenceStart: number, previous: PreviousInSentence | null): boolean {
  if (span.continues) return false;
  const inner = text.slice(span.start, span.end);
  const letter = /\p{L}/u.exec(inner)?.[0];
  if (letter === undefined) return true;
  const from = previous ? Math.max(sentenceStart, previous.span.close) : sentenceStart;
  const before = text.slice(from, span.open);
  // The second part of an interrupted quote: “Europe must play its role,” he said, “but …”.
  if (previous && !previous.fragment && /^[\s,]*[^.!?\n]{0,60},\s*$/u.test(before)) return false;
  if (/\p{Ll}/u.test(letter)) return true;
  const bare = before.trimEnd();
  if (bare === '') return false;
  if (/[:,;—–-]$/u.test(bare)) return false;
  const lastWord = /(\p{L}+)$/u.exec(bare.slice(-30))?.[1]?.toLowerCase();
  return !(lastWord !== undefined && SPEECH_VERBS.has(lastWord));
}
