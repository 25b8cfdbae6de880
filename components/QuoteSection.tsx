// "Quotes": every quote on the page: own sentences, then partial quotes, then phrases (orderQuotes).
import type { Analysis } from '../utils/types';
import { orderQuotes } from '../utils/report/orderQuotes';
import { QuoteItem } from './QuoteItem';

export function QuoteSection({ analysis, onShow }: { analysis: Analysis; onShow: (quoteId: string) => void }) {
  const quotes = orderQuotes(analysis.quotes);
  const carriersOf = new Map(analysis.quoteMatches.map((m) => [m.quoteId, m.matches]));
  const lang = analysis.article?.lang ?? undefined;
  const showsDiff = analysis.quoteMatches.some((m) => m.matches.some((c) => c.relation !== 'exact' && c.diff.length > 0));
  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quotes</h2>
      {quotes.length === 0 ? (
        <p class="muted">Crossquote found no direct quotes in this article.</p>
      ) : (
        <>
          <p id="show-on-page-hint" class="hint">
            Select a quote to show it on the page.
          </p>
          {showsDiff && (
            <p class="hint">
              In other outlets' wording, <del>struck-through</del> words are only on this page and <ins>underlined</ins>{' '}
              words only in the other outlet.
            </p>
          )}
          <ol class="quotes">
            {quotes.map((q) => (
              <QuoteItem key={q.id} quote={q} carriers={carriersOf.get(q.id) ?? []} lang={lang} onShow={onShow} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
