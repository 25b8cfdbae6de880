// The speaker table tests' two helpers, in one place: the speakers a passage's quotes get, and a
// table of passages whose quotes must be credited to the expected speakers, in order.
import { expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';

/** The speaker of each quote the quote stage finds in `text`, in reading order (null: not named). */
export const speakersOf = (text: string): Array<string | null> => extractQuotes(text).map((q) => q.speaker);

/** One test per row: the passage's quotes are credited to `expected`, in order. */
export function expectSpeakers(rows: Array<[name: string, text: string, expected: Array<string | null>]>): void {
  it.each(rows)('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
}

/** The speaker of the passage's last quote (null: not named, or no quote). */
export const lastSpeakerOf = (text: string): string | null => extractQuotes(text).at(-1)?.speaker ?? null;
