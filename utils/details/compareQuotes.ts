// The matcher's quote matches -> a "quote" difference for each page quote that another outlet
// words differently (cut short, joined to another sentence, "is" for "was"). Exact matches
// alone are no difference; outlets that do not carry the quote are left out of the values.
import type { Difference, Quote, QuoteMatch } from '../types';
import { lookupPerson } from './lookupPerson';
import type { OutletView } from './outletFacts';

export function compareQuotes(quotes: Quote[], quoteMatches: QuoteMatch[], page: OutletView, others: OutletView[]): Difference[] {
  const differences: Difference[] = [];
  for (const qm of quoteMatches) {
    const quote = quotes.find((q) => q.id === qm.quoteId);
    if (!quote) continue;
    const byDoc = new Map<string, QuoteMatch['matches'][number]>();
    for (const m of qm.matches) if (!byDoc.has(m.docId) && others.some((o) => o.docId === m.docId)) byDoc.set(m.docId, m);
    const carried = [...byDoc.values()];
    if (!carried.some((m) => m.relation !== 'exact' && m.text.trim() !== quote.text.trim())) continue;
    const speaker = quote.speaker ?? carried.find((m) => m.speaker)?.speaker ?? null;
    const name = speaker ? (lookupPerson(speaker)?.name ?? speaker) : null;
    differences.push({
      id: `quote:${quote.id}`,
      topic: name ? `${name}'s words` : "A quote's wording",
      kind: 'quote',
      values: [
        { docId: page.docId, outlet: page.outlet, value: quote.text },
        ...others.filter((o) => byDoc.has(o.docId)).map((o) => ({ docId: o.docId, outlet: o.outlet, value: byDoc.get(o.docId)?.text ?? '' })),
      ],
    });
  }
  return differences;
}
