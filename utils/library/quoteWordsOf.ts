// The content words a quote is posted under in quoteWordPostings, as buildIndex posts them.
import { contentWords } from '../text/contentWords';
import { foldedWords } from '../text/foldedWords';

export function quoteWordsOf(text: string): Set<string> {
  return new Set(contentWords(foldedWords(text)));
}
