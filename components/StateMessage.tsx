// The popup's states other than a full report, each in words a reader understands.
import type { ViewState } from '../utils/report/viewStateOf';

export const NO_MATCH_TEXT =
  'Crossquote knows the coverage of the Paris summit of February 2025; this article is not part of it.';

const HEADINGS: Record<Exclude<ViewState, 'ready'>, string> = {
  analysing: 'Reading this page…',
  'not-article': 'This page is not a news article',
  'no-match': 'No other coverage known',
  unsupported: "Crossquote can't run on this page",
  failed: 'The analysis failed',
};

export function StateMessage({ state, detail }: { state: Exclude<ViewState, 'ready'>; detail?: string | undefined }) {
  return (
    <div class={`state-message state-${state}`} role="status">
      <p class="state-heading">
        {state === 'analysing' && <span class="spinner" aria-hidden="true" />}
        {HEADINGS[state]}
      </p>
      {state === 'no-match' && <p>{NO_MATCH_TEXT}</p>}
      {detail && <p dir="auto">{detail}</p>}
      {state === 'failed' && <p class="muted">The page was not changed.</p>}
    </div>
  );
}
