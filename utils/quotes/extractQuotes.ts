// Article text -> its direct quotations, each with who said it (see README "Quotes and speakers").
// Rule-based on purpose: the content script must stay small and fast, and the rules below reach
// the measured quality (test/quotes/quality.test.ts) without a name-recognition library.
import type { Quote } from '../types';
import { attributeSpeakers } from './attributeSpeakers';
import { findQuoteSpans } from './findQuoteSpans';
import { isTitle } from './isTitle';
import { namesAWork } from './namesAWork';
import { findFurnitureLines } from '../text/findFurnitureLines';
import { splitParagraphs } from '../text/splitParagraphs';

/**
 * The quotations of `text`, in reading order, with ids "q1", "q2", …; never throws. `rules`, when
 * given, receives the rule that named each quote's speaker by quote id (for the evaluation script).
 */
export function extractQuotes(text: string, rules?: Map<string, string>): Quote[] {
  const paragraphs = splitParagraphs(text);
  const furniture = findFurnitureLines(paragraphs);
  const spans = findQuoteSpans(text, paragraphs, furniture);
  const who = attributeSpeakers(text, paragraphs, furniture, spans);
  // Titles and names in quotation marks are attributed with the rest (they still tell which
  // quote continues which) and then left out: nobody said them.
  const quotes: Quote[] = [];
  spans.forEach((span, i) => {
    const quoted = text.slice(span.start, span.end);
    // “Nusra Is Al Qaeda,” said X: with a speech cue attached, title-case words are a remark.
    if ((isTitle(quoted) || namesAWork(quoted, text.slice(Math.max(0, span.open - 40), span.open))) && !who[i]?.attached) return;
    rules?.set(`q${quotes.length + 1}`, who[i]?.rule ?? '');
    quotes.push({ id: `q${quotes.length + 1}`, text: quoted, speaker: who[i]?.speaker ?? null, start: span.start, end: span.end, fragment: who[i]?.fragment ?? false });
  });
  return quotes;
}
