// The report for one tab, whatever state it is in. Presentational: the data and the actions
// come from Popup (or a test).
import type { ReportState } from '../utils/messages';
import { viewStateOf } from '../utils/report/viewStateOf';
import { ReportHeader } from './ReportHeader';
import { StateMessage } from './StateMessage';
import { StorySection } from './StorySection';
import { QuoteSection } from './QuoteSection';
import { DifferenceSection } from './DifferenceSection';

export interface ReportProps {
  report: ReportState;
  /** A line about the last highlight request ("Shown on the page"), for the live region. */
  status?: string;
  /** True when shown full-size in a tab (no "Open in tab" button). */
  fullPage?: boolean;
  onShowQuote: (quoteId: string) => void;
  onClearHighlight?: (() => void) | undefined;
  onOpenReader: (docId: string) => void;
  onOpenInTab?: (() => void) | undefined;
}

export function Report({ report, status, fullPage, onShowQuote, onClearHighlight, onOpenReader, onOpenInTab }: ReportProps) {
  const state = viewStateOf(report);
  const analysis = report.state === 'done' ? report.analysis : null;
  return (
    <main class={fullPage ? 'report full' : 'report'} data-state={state} aria-busy={state === 'analysing'}>
      <header class="topbar">
        <h1>Crossquote</h1>
        {!fullPage && onOpenInTab && (
          <button type="button" class="secondary" onClick={onOpenInTab}>
            Open in tab
          </button>
        )}
      </header>
      {analysis?.isArticle && <ReportHeader analysis={analysis} />}
      {state === 'analysing' && <StateMessage state="analysing" />}
      {state === 'failed' && <StateMessage state="failed" detail={report.state === 'failed' ? report.message : (analysis?.problem ?? undefined)} />}
      {state === 'unsupported' && report.state === 'unsupported' && <StateMessage state="unsupported" detail={report.message} />}
      {state === 'not-article' && <StateMessage state="not-article" detail={analysis?.reason} />}
      {state === 'no-match' && <StateMessage state="no-match" />}
      {analysis?.isArticle && analysis.problem && (
        <p class="problem" role="note" dir="auto">
          {analysis.problem}
        </p>
      )}
      {analysis?.isArticle && (
        <>
          <p class="live" role="status" aria-live="polite">
            {status}
            {status && onClearHighlight && (
              <button type="button" class="link" onClick={onClearHighlight}>
                Remove highlight
              </button>
            )}
          </p>
          {state === 'ready' && <StorySection analysis={analysis} onOpen={onOpenReader} />}
          <QuoteSection analysis={analysis} onShow={onShowQuote} />
          {state === 'ready' && <DifferenceSection analysis={analysis} />}
        </>
      )}
    </main>
  );
}
