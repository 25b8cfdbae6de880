// Which of the popup's states a report is in; the popup's root element carries it as data-state.
import type { ReportState } from '../messages';

export type ViewState = 'analysing' | 'not-article' | 'no-match' | 'unsupported' | 'failed' | 'ready';

export function viewStateOf(report: ReportState): ViewState {
  switch (report.state) {
    case 'analysing':
    case 'failed':
    case 'unsupported':
      return report.state;
    case 'done':
      // Not read at all because of a problem (page too large, a stage failed): that is a failure, not a verdict.
      if (!report.analysis.isArticle) return report.analysis.problem ? 'failed' : 'not-article';
      return report.analysis.story.length > 0 ? 'ready' : 'no-match';
  }
}
