// A report that must be a finished analysis: the analysis, or a failure that shows what it was.
import type { Analysis } from '../../../utils/types';
import type { ReportState } from './extensionApi';

export function finishedAnalysis(report: ReportState): Analysis {
  if (report.state !== 'done') throw new Error(`expected a finished analysis, got ${JSON.stringify(report).slice(0, 300)}`);
  return report.analysis;
}
