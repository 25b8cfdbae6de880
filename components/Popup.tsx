// The popup (and the "Open in tab" page): fetches the report for one tab through a
// ReportSource, asks again while the page is still being read, and turns clicks into requests.
import { useEffect, useState } from 'preact/hooks';
import type { ReportState } from '../utils/messages';
import type { ReportSource } from '../utils/report/reportSource';
import { Report } from './Report';

interface Props {
  source: ReportSource;
  /** The tab to report on; null when there is none (no active tab). */
  tabId: number | null;
  fullPage?: boolean;
  /** How often to ask again while the page is being read. */
  pollMs?: number;
}

const NO_TAB: ReportState = { state: 'unsupported', message: 'There is no page open in this tab for Crossquote to read.' };

export function Popup({ source, tabId, fullPage = false, pollMs = 400 }: Props) {
  const [report, setReport] = useState<ReportState>(tabId === null ? NO_TAB : { state: 'analysing' });
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (): Promise<void> => {
      const next = await source.getReport(tabId);
      if (stopped) return;
      setReport(next);
      if (next.state === 'analysing') timer = setTimeout(() => void ask(), pollMs);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [source, tabId, pollMs]);

  if (tabId === null) return <Report report={report} fullPage={fullPage} onShowQuote={() => {}} onOpenReader={() => {}} />;

  const showQuote = async (quoteId: string): Promise<void> => {
    const found = await source.highlight(tabId, quoteId);
    setStatus(found ? 'Highlighted on the page.' : "This quote's words could not be found on the page any more.");
  };
  const clear = async (): Promise<void> => {
    await source.highlight(tabId, null);
    setStatus('');
  };

  return (
    <Report
      report={report}
      status={status}
      fullPage={fullPage}
      onShowQuote={(id) => void showQuote(id)}
      onClearHighlight={() => void clear()}
      onOpenReader={(docId) => void source.openReader(docId)}
      onOpenInTab={() => void source.openInTab(tabId)}
    />
  );
}
