// The matcher's quote matches -> a "quote" difference for each page quote that another outlet
// words differently in a telling way (quoteWordingDiffers: "is" for "was", a word dropped from
// a fragment, a sentence joined to another). The values show the page, the outlets that word it
// the same, and those that word it differently; an outlet that only quotes a phrase of it, or
// does not carry it, is left out.
import type { Difference, Quote, QuoteMatch } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';
import { lookupPerson } from './lookupPerson';
import { quoteWordingDiffers, type QuoteSurroundings } from './quoteWordingDiffers';
import { foldedWords } from '../text/foldedWords';
import type { OutletView } from './outletFacts';

/** How much text either side of a quote counts as "just outside its quote marks". */
const NEAR = 40;

function surroundings(quote: Quote, page: OutletView, otherText: string, otherDoc: string): QuoteSurroundings {
  const at = otherDoc.indexOf(otherText);
  return {
    pageBefore: page.text.slice(Math.max(0, quote.start - NEAR), quote.start),
    pageAfter: page.text.slice(quote.end, quote.end + NEAR),
    otherBefore: at < 0 ? '' : otherDoc.slice(Math.max(0, at - NEAR), at),
    otherAfter: at < 0 ? '' : otherDoc.slice(at + otherText.length, at + otherText.length + NEAR),
  };
}

export function compareQuotes(quotes: Quote[], quoteMatches: QuoteMatch[], page: OutletView, others: OutletView[], index?: CorpusIndex): Difference[] {
  const differences: Difference[] = [];
  // An outlet's wording recurs across the page's quotes (one corpus quote matches several): fold each once.
  const folded = new Map<string, string>();
  const words = (text: string): string => {
    let joined = folded.get(text);
    if (joined === undefined) folded.set(text, (joined = foldedWords(text).join(' ')));
    return joined;
  };
  for (const qm of quoteMatches) {
    const quote = quotes.find((q) => q.id === qm.quoteId);
    if (!quote) continue;
    const byDoc = new Map<string, QuoteMatch['matches'][number]>();
    for (const m of qm.matches) if (!byDoc.has(m.docId) && others.some((o) => o.docId === m.docId)) byDoc.set(m.docId, m);
    const pageWords = words(quote.text);
    let reworded = false;
    for (const [docId, m] of byDoc) {
      if (words(m.text) === pageWords) continue;
      const docText = index?.docs.find((d) => d.docId === docId)?.text ?? others.find((o) => o.docId === docId)?.text ?? '';
      if (quoteWordingDiffers(quote.text, m.text, surroundings(quote, page, m.text, docText), m.diff)) reworded = true;
      else byDoc.delete(docId);
    }
    const carried = [...byDoc.values()];
    if (!reworded) continue;
    const speaker = quote.speaker ?? carried.find((m) => m.speaker)?.speaker ?? null;
    const name = speaker ? (lookupPerson(speaker)?.name ?? speaker) : null;
    differences.push({
      id: `quote:${quote.id}`,
      topic: name ? `${name.charAt(0).toUpperCase()}${name.slice(1)}'s words` : "A quote's wording",
      kind: 'quote',
      values: [
        { docId: page.docId, outlet: page.outlet, value: quote.text },
        ...others.filter((o) => byDoc.has(o.docId)).map((o) => ({ docId: o.docId, outlet: o.outlet, value: byDoc.get(o.docId)?.text ?? '' })),
      ],
    });
  }
  return differences;
}
