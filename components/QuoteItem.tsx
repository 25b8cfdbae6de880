// One quote on the page: its words (a button: click or Enter shows it on the page), who said
// it, and every other outlet that carried it with the wording difference.
import type { Quote, QuoteMatch } from '../utils/types';
import { fragmentLabel } from '../utils/report/fragmentLabel';
import { sameSpeaker } from '../utils/match/sameSpeaker';
import { WordDiff } from './WordDiff';

const RELATION_WORDS: Record<QuoteMatch['matches'][number]['relation'], string> = {
  exact: 'same words',
  partial: 'part of it',
  variant: 'different wording',
};

type Carrier = QuoteMatch['matches'][number];

/**
 * One entry per outlet, in the order given: an outlet that split the page's quote into two
 * quotes of its own (one part here, one part there) is named once, with both matches under it.
 */
function groupByOutlet(carriers: Carrier[]): Array<[Carrier, ...Carrier[]]> {
  const groups = new Map<string, [Carrier, ...Carrier[]]>();
  for (const c of carriers) {
    const group = groups.get(c.docId);
    if (group) group.push(c);
    else groups.set(c.docId, [c]);
  }
  return [...groups.values()];
}

/** How one of the outlet's quotes relates to the page's: relation, other speaker, word diff. */
function CarrierMatch({ match, quote, lang }: { match: Carrier; quote: Quote; lang?: string | undefined }) {
  return (
    <>
      {' '}
      <span class="relation">{RELATION_WORDS[match.relation]}</span>
      {/* Only a real disagreement: "Keir" on the page and "Keir Starmer" there are one person. */}
      {match.speaker && quote.speaker && !sameSpeaker(match.speaker, quote.speaker) && (
        <span class="muted" dir="auto">
          {' '}
          · attributes it to {match.speaker}
        </span>
      )}
      {match.relation !== 'exact' && match.diff.length > 0 && <WordDiff parts={match.diff} lang={lang} />}
    </>
  );
}

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
        {quote.fragment && <span class="tag">{fragmentLabel(quote.text)}</span>}
      </p>
      {carriers.length > 0 ? (
        <ul class="carriers" aria-label="Also carried by">
          {groupByOutlet(carriers).map((group) => (
            <li key={group[0].docId}>
              <span class="outlet" dir="auto">
                {group[0].outlet}
              </span>
              {group.length === 1 ? (
                <CarrierMatch match={group[0]} quote={quote} lang={lang} />
              ) : (
                <>
                  {' '}
                  <span class="muted">in {group.length} of its quotes:</span>
                  <ul class="split-matches">
                    {group.map((match, i) => (
                      <li key={i}>
                        <CarrierMatch match={match} quote={quote} lang={lang} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No other outlet in the corpus carries this quote.</p>
      )}
    </li>
  );
}
