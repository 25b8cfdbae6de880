// The reading half's cold start, paid in short steps of its own. The first run of the quote and
// credit code in a fresh page pays for compiling that code and its patterns: measured in Node on
// the two-paragraph sample below, 10 ms for sentences and quote spans, 13-20 ms for attribution
// and 9-14 ms for credits, while an article then takes 6-9 ms. In one piece with the article's
// own run that came close to a long task (50 ms) in Chromium, so the content script runs each
// warm-up as a step of its own and the page gets the thread back between them. Attribution is
// warmed in two: the people of the text (tokens, names: 9-11 ms in Node), then the rest (10-12
// ms); in one step it reached 50-59 ms on a busy machine in Chromium.
import { extractQuotes } from '../quotes/extractQuotes';
import { findQuoteSpans } from '../quotes/findQuoteSpans';
import { findFurnitureLines } from '../text/findFurnitureLines';
import { splitParagraphs } from '../text/splitParagraphs';
import { findCredits } from '../match/findCredits';
import { splitSentences } from '../text/splitSentences';
import { buildPeople } from '../quotes/buildPeople';
import { tokenizeClause } from '../quotes/tokenizeClause';

// Touches the main paths: apposition, colon cue, interrupted quote, scare quote, other marks,
// pronoun, unnamed source, "according to", an outlet in brackets.
const SAMPLE =
  'Sir Keir Starmer, the UK prime minister, said: “We’re ready.” “It is,” he added, ‘a new era’. «Oui», a dit M. Macron.\n\n' +
  '“More,” said a diplomatic source. According to the BBC, Mr Scholz dismissed it as “premature” (Reuters).';

/** Runs `step` the first time only: once compiled in a page (realm), running it again buys nothing. */
function once(step: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    step();
  };
}

/** The warm-up steps, in order; each leaves no state behind but compiled code. */
export const READING_WARM_UPS: ReadonlyArray<() => void> = [
  () => {
    const paragraphs = splitParagraphs(SAMPLE);
    findQuoteSpans(SAMPLE, paragraphs, findFurnitureLines(paragraphs));
    splitSentences(SAMPLE);
  },
  () => void buildPeople(tokenizeClause(SAMPLE, 0, SAMPLE.length, [])),
  () => void extractQuotes(SAMPLE),
  () => void findCredits(SAMPLE),
].map(once);
