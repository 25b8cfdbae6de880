// For each page quote, every corpus quote that is the same quote (exact, partial or variant),
// with a word-level diff from the page's wording to the other outlet's. Candidates come from
// the quote-word postings (content word → corpus quotes), never from comparing every pair.
// A corpus article that IS the page (`same`) is left out: its quotes are the page's own.
import type { Quote, QuoteMatch, QuoteRelation, StoryMatch } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';
import { postingList } from '../corpus/postingList';
import { foldedWords } from '../text/foldedWords';
import { contentWords } from '../text/contentWords';
import { diffWords, wordDiffFrom } from '../text/wordDiff';
import { compareQuotes } from './compareQuotes';
import { BANAL_QUOTE_WORD_MIN, BANAL_QUOTE_WORD_SHARE, MAX_QUOTE_CANDIDATES } from './quoteThresholds';

/** How much work one matchQuotes call did: corpus quotes aligned. */
export interface QuoteWork {
  aligned: number;
}

const RANK: Record<QuoteRelation, number> = { exact: 0, partial: 1, variant: 2 };
// Keys a corpus quote by document and position; no corpus article holds this many quotes.
const STRIDE = 1 << 16;

// A corpus quote does not change while the index is loaded, and the index is loaded once and
// compared with every page: what is read off a corpus quote is read once, not once per page.
function oncePerCorpusQuote<T>(read: (text: string) => T): (quote: { text: string }) => T {
  const cache = new WeakMap<object, T>();
  return (quote) => {
    let value = cache.get(quote);
    if (value === undefined) cache.set(quote, (value = read(quote.text)));
    return value;
  };
}
/** A corpus quote's folded words, for candidates and alignment. */
const corpusQuoteWords = oncePerCorpusQuote(foldedWords);
/** A corpus quote cut into the words the word diff compares (only quotes that match need it). */
const corpusDiffWords = oncePerCorpusQuote(diffWords);

export function matchQuotes(quotes: Quote[], index: CorpusIndex, story: StoryMatch[], work?: QuoteWork): QuoteMatch[] {
  const excluded = new Set(story.filter((s) => s.relation === 'same').map((s) => s.docId));
  const corpusQuotes = index.docs.reduce((n, doc) => n + doc.quotes.length, 0);
  const banalLength = 2 * Math.max(BANAL_QUOTE_WORD_MIN, BANAL_QUOTE_WORD_SHARE * corpusQuotes);
  const result: QuoteMatch[] = [];
  for (const quote of quotes) {
    const words = foldedWords(quote.text);
    const hits = new Map<number, number>();
    const lists = [...new Set(contentWords(words))].map((word) => postingList(index.quoteWordPostings, word)).sort((a, b) => a.length - b.length);
    const useful = lists.filter((list, k) => k === 0 || list.length <= banalLength);
    for (const list of useful) {
      for (let i = 0; i + 1 < list.length; i += 2) {
        const key = list[i]! * STRIDE + list[i + 1]!;
        hits.set(key, (hits.get(key) ?? 0) + 1);
      }
    }
    const candidates = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_QUOTE_CANDIDATES);
    const found: Array<Omit<QuoteMatch['matches'][number], 'diff'> & { score: number; sharedWords: number; key: string; longer: boolean; quote: { text: string } }> = [];
    for (const [key] of candidates) {
      const doc = index.docs[Math.floor(key / STRIDE)];
      const other = doc?.quotes[key % STRIDE];
      if (!doc || !other || excluded.has(doc.docId)) continue;
      if (work) work.aligned++;
      const otherWords = corpusQuoteWords(other);
      const comparison = compareQuotes({ words, speaker: quote.speaker }, { words: otherWords, speaker: other.speaker });
      if (!comparison) continue;
      found.push({
        docId: doc.docId,
        outlet: doc.outletLabel,
        text: other.text,
        speaker: other.speaker,
        relation: comparison.relation,
        score: comparison.score,
        sharedWords: comparison.sharedWords,
        key: otherWords.join(' '),
        longer: otherWords.length >= words.length,
        quote: other,
      });
    }
    const kept = found.filter((m, i) => {
      const sameDoc = found.filter((n) => n.docId === m.docId);
      // One corpus wording once per outlet (an outlet may repeat "US backstop").
      if (found.findIndex((n) => n.docId === m.docId && n.key === m.key) !== i) return false;
      // Where the outlet carries the whole remark, its scraps of it (a "backstop" in a headline) add nothing;
      // nor does a scrap inside another of its matching quotes ("backstop" beside "US backstop").
      if (m.longer) return true;
      if (sameDoc.some((n) => n.longer)) return false;
      return !sameDoc.some((n) => n.key.length > m.key.length && ` ${n.key} `.includes(` ${m.key} `));
    });
    if (!kept.length) continue;
    kept.sort((a, b) => RANK[a.relation] - RANK[b.relation] || b.score - a.score || b.sharedWords - a.sharedWords || a.docId.localeCompare(b.docId));
    // The word diff is the costly part of a match: made only for the matches kept.
    const diffTo = wordDiffFrom(quote.text);
    result.push({
      quoteId: quote.id,
      matches: kept.map(({ score: _score, sharedWords: _shared, key: _key, longer: _longer, quote: other, ...match }) => ({ ...match, diff: diffTo(corpusDiffWords(other)) })),
    });
  }
  return result;
}
