// The names a text mentions — people, places, meetings — as one key per name: the last word
// of a run of capitalised words, once titles and everyday news names are set aside ("Prime
// Minister Sir Keir Starmer" -> "starmer", "the Elysee Palace" -> "elysee"). Names say which
// occasion a text is about far better than its other words: two reports of one meeting name
// the same people and the same place, while two articles on different subjects share common
// words by the dozen. No NER: a capitalised word inside a sentence is a name in English news,
// and a sentence's first word is one only when another capitalised word follows it.
import { foldedWords } from '../text/foldedWords';
import { STOP_WORDS } from '../text/stopWords';
import { COMMON_NEWS_WORDS } from './commonNewsWords';

// Runs of words; sentence ends, line breaks and opening quotes start a new sentence.
const SENTENCE = /(?<=[.!?]["”’)]?)\s+|\n+|[“"«]/;
const CAPITALISED = /^[(‘'"“«]*\p{Lu}/u;
// Words that join two capitalised words into one name ("Charles de Gaulle", "Ursula von der Leyen").
const POSSESSIVE = /['’]s?\W*$/u;
const LINKS = new Set(['de', 'von', 'van', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'al']);

/** The words of one run of capitalised words that can name someone: titles and common names set aside. */
function nameWords(run: readonly string[]): string[] {
  return run.flatMap((token) => foldedWords(token.replace(POSSESSIVE, ''))).filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !COMMON_NEWS_WORDS.has(w) && !LINKS.has(w));
}

/** Name keys of `text` (its first `maxWords` words only, when given), sorted and unique. */
export function nameKeys(text: string, maxWords = Infinity): string[] {
  const keys = new Set<string>();
  // A first name alone ("Sir Keir") is the person the full name ("Keir Starmer") already keys.
  const firstNames = new Set<string>();
  let seen = 0;
  for (const sentence of text.split(SENTENCE)) {
    if (seen >= maxWords) break;
    const tokens = sentence.split(/\s+/).filter(Boolean).slice(0, Math.max(0, maxWords - seen));
    seen += tokens.length;
    let run: string[] = [];
    let runStart = 0;
    const close = (end: number): void => {
      // A sentence's first word alone is capitalised by grammar, not because it is a name.
      if (run.length > 1 || (run.length === 1 && runStart > 0)) {
        const words = nameWords(run);
        const key = words.at(-1);
        if (key) keys.add(key);
        for (const word of words.slice(0, -1)) firstNames.add(word);
      }
      run = [];
      void end;
    };
    tokens.forEach((token, i) => {
      if (CAPITALISED.test(token)) {
        if (!run.length) runStart = i;
        run.push(token);
        // A name ends at punctuation after it ("Paris, where", "Starmer's").
        if (/[,;:.!?)”"’]$|['’]s$/u.test(token)) close(i);
      } else if (run.length && LINKS.has(token)) run.push(token);
      else close(i);
    });
    close(tokens.length);
  }
  return [...keys].filter((key) => !firstNames.has(key)).sort();
}
