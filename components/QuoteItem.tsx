// One quote on the page: its words (a button: click or Enter shows it on the page), who said
// it, and every other outlet that carried it with the wording difference. With many outlets (a
// library of twenty) the outlets that carry it in the same wording share one line, the most
// telling lines come first (another speaker, then other wording, then part of it, then the same
// words), and past FOLD_AFTER lines the rest fold under "N more".
import { Fragment } from 'preact';
import type { Quote, QuoteMatch } from '../utils/types';
import { fragmentLabel } from '../utils/report/fragmentLabel';
import { sameSpeaker } from '../utils/match/sameSpeaker';
import { WordDiff } from './WordDiff';
import { FoldedList } from './FoldedList';

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

/** Lines shown before the rest fold. */
const FOLD_AFTER = 4;

/** One line: the outlets that carry the quote in one wording, or one outlet that split it. */
interface Line {
  outlets: Carrier[];
  split: Carrier[] | null;
}

const otherSpeaker = (match: Carrier, quote: Quote): boolean => Boolean(match.speaker && quote.speaker && !sameSpeaker(match.speaker, quote.speaker));

/** How telling a line is: lower first. Another speaker, then other wording, then part of it, then the same words. */
function tellingRank(line: Line, quote: Quote): number {
  const first = line.outlets[0]!;
  if (line.split) return 1;
  if (otherSpeaker(first, quote)) return 0;
  return { variant: 1, partial: 2, exact: 3 }[first.relation];
}

function linesOf(carriers: Carrier[], quote: Quote): Line[] {
  const lines: Line[] = [];
  const byWording = new Map<string, Line>();
  for (const group of groupByOutlet(carriers)) {
    if (group.length > 1) {
      lines.push({ outlets: [group[0]], split: group });
      continue;
    }
    const match = group[0];
    // The same words under the same speaker read the same on the line: one line for them all.
    const key = JSON.stringify([match.relation, match.text, otherSpeaker(match, quote) ? match.speaker : null]);
    const line = byWording.get(key);
    if (line) line.outlets.push(match);
    else {
      const fresh: Line = { outlets: [match], split: null };
      byWording.set(key, fresh);
      lines.push(fresh);
    }
  }
  return lines.map((line, i) => ({ line, i })).sort((a, b) => tellingRank(a.line, quote) - tellingRank(b.line, quote) || a.i - b.i).map((x) => x.line);
}

function CarrierLine({ line, quote, lang }: { line: Line; quote: Quote; lang?: string | undefined }) {
  return (
    <li>
      {line.outlets.map((c, i) => (
        <Fragment key={c.docId}>
          {i > 0 && ', '}
          <span class="outlet" dir="auto">
            {c.outlet}
          </span>
        </Fragment>
      ))}
      {line.split ? (
        <>
          {' '}
          <span class="muted">in {line.split.length} of its quotes:</span>
          <ul class="split-matches">
            {line.split.map((match, i) => (
              <li key={i}>
                <CarrierMatch match={match} quote={quote} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <CarrierMatch match={line.outlets[0]!} quote={quote} lang={lang} />
      )}
    </li>
  );
}

/** How one of the outlet's quotes relates to the page's: relation, other speaker, word diff. */
function CarrierMatch({ match, quote, lang }: { match: Carrier; quote: Quote; lang?: string | undefined }) {
  return (
    <>
      {' '}
      <span class="relation">{RELATION_WORDS[match.relation]}</span>
      {/* Only a real disagreement: "Keir" on the page and "Keir Starmer" there are one person. */}
      {otherSpeaker(match, quote) && (
        <span class="muted" dir="auto">
          {' '}
          · attributes it to {match.speaker}
        </span>
      )}
      {match.relation !== 'exact' && match.diff.length > 0 && <WordDiff parts={match.diff} lang={lang} />}
    </>
  );
}

function CarrierLines({ lines, quote, lang }: { lines: Line[]; quote: Quote; lang?: string | undefined }) {
  return (
    <FoldedList
      items={lines}
      shown={FOLD_AFTER}
      listClass="carriers"
      label="Also carried by"
      moreLabel={(n) => `${lines.slice(-n).reduce((sum, l) => sum + l.outlets.length, 0)} more outlets`}
      render={(line) => <CarrierLine key={line.outlets[0]!.docId} line={line} quote={quote} lang={lang} />}
    />
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
        <CarrierLines lines={linesOf(carriers, quote)} quote={quote} lang={lang} />
      ) : (
        <p class="muted">Crossquote knows of no other outlet that carries this quote.</p>
      )}
    </li>
  );
}
