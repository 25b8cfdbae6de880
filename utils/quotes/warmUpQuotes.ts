// Runs the quote stage once on a short built-in sample. The first run of the stage in a fresh
// page pays for compiling its patterns and code (measured in Node: a corpus article takes 35 ms
// cold, 6-9 ms after this warm-up), so the content script does it as a step of its own and the
// page gets the thread back before the real run: each piece stays well under a long task (50 ms).
import { extractQuotes } from './extractQuotes';

// Touches the main paths: apposition, colon cue, interrupted quote, scare quote, other marks,
// pronoun, unnamed source, "according to".
const SAMPLE =
  'Sir Keir Starmer, the UK prime minister, said: “We’re ready.” “It is,” he added, ‘a new era’. «Oui», a dit M. Macron.\n\n' +
  '“More,” said a diplomatic source. According to the BBC, Mr Scholz dismissed it as “premature”.';

let warm = false;

/** Once per page (realm): after the first run the code is compiled, and another buys nothing. */
export function warmUpQuotes(): void {
  if (warm) return;
  warm = true;
  extractQuotes(SAMPLE);
}
