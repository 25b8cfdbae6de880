// A test double for the popup's ReportSource: answers with whatever report the test sets and
// records every action the popup asks for.
import type { ReportState } from '../../utils/messages';
import type { ReportSource } from '../../utils/report/reportSource';

export interface FakeReportSource extends ReportSource {
  report: ReportState;
  found: boolean;
  calls: { getReport: number[]; highlight: Array<[number, string | null]>; openReader: string[]; openInTab: number[] };
}

export function fakeReportSource(report: ReportState): FakeReportSource {
  const source: FakeReportSource = {
    report,
    found: true,
    calls: { getReport: [], highlight: [], openReader: [], openInTab: [] },
    async getReport(tabId) {
      source.calls.getReport.push(tabId);
      return source.report;
    },
    async highlight(tabId, quoteId) {
      source.calls.highlight.push([tabId, quoteId]);
      return source.found;
    },
    async openReader(docId) {
      source.calls.openReader.push(docId);
    },
    async openInTab(tabId) {
      source.calls.openInTab.push(tabId);
    },
  };
  return source;
}
