// One quote on the page: its words (a button: click or Enter shows it on the page), who said
// it, and every other outlet that carried it with the wording difference.
import type { Quote, QuoteMatch } from '../utils/types';
import { WordDiff } from './WordDiff';

const RELATION_WORDS: Record<QuoteMatch['matches'][number]['relation'], string> = {
  exact: 'same words',
  partial: 'part of it',
  variant: 'different wording',
};

interface Props {
  quote: Quote;
  carriers: QuoteMatch['matches'];
  lang?: string | undefined;
  onShow: (quoteId: string) => void;
}

export function QuoteItem({ quote, carriers, lang, onShow }: Props) {
  return (
    <li class={quote.fragment ? 'quote fragment' : 'quote'}>
      <button
        type="button"
        class="quote-text"
        dir="auto"
        lang={lang}
        aria-describedby="show-on-page-hint"
        onClick={() => onShow(quote.id)}
      >
        “{quote.text}”
      </button>
      <p class="speaker">
        {quote.speaker ? <span dir="auto">— {quote.speaker}</span> : <span class="muted">Speaker not named</span>}
        {quote.fragment && <span class="tag">phrase</span>}
      </p>
      {carriers.length > 0 ? (
        <ul class="carriers" aria-label="Also carried by">
          {carriers.map((c, i) => (
            <li key={`${c.docId}-${i}`}>
              <span class="outlet" dir="auto">
                {c.outlet}
              </span>{' '}
              <span class="relation">{RELATION_WORDS[c.relation]}</span>
              {c.speaker && quote.speaker && c.speaker !== quote.speaker && (
                <span class="muted" dir="auto">
                  {' '}
                  · attributes it to {c.speaker}
                </span>
              )}
              {c.relation !== 'exact' && c.diff.length > 0 && <WordDiff parts={c.diff} lang={lang} />}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No other outlet in the corpus carries this quote.</p>
      )}
    </li>
  );
}
