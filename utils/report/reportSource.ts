// What the popup and the reader view depend on, instead of browser APIs: the real
// implementations (entrypoints/popup/browserReportSource.ts, entrypoints/reader/…) talk to the
// content script and the background; tests pass a double.
import type { CorpusText, ReportState } from '../messages';

export interface ReportSource {
  /** The report for one tab. Never rejects: a page the extension cannot reach is 'unsupported'. */
  getReport(tabId: number): Promise<ReportState>;
  /** Scrolls tab `tabId` to the quote and highlights it (null clears); true when found. */
  highlight(tabId: number, quoteId: string | null): Promise<boolean>;
  /** Opens the reader view for one corpus article. */
  openReader(docId: string): Promise<void>;
  /** Opens the report for `tabId` in a full tab. */
  openInTab(tabId: number): Promise<void>;
}

export interface CorpusTextSource {
  /** One corpus article's text, or a message saying why it cannot be shown. */
  getCorpusText(docId: string): Promise<{ ok: true; doc: CorpusText } | { ok: false; message: string }>;
}
