// The page's outlet, title, its relation to the corpus, and a one-line count of the other coverage.
import type { Analysis } from '../utils/types';
import { describeRelation } from '../utils/report/describeRelation';
import { pageOutlet } from '../utils/report/pageOutlet';
import { coverageSummary } from '../utils/report/coverageSummary';

export function ReportHeader({ analysis }: { analysis: Analysis }) {
  const relation = describeRelation(analysis);
  const summary = coverageSummary(analysis);
  return (
    <div class="page-info">
      <p class="outlet" dir="auto">
        {pageOutlet(analysis)}
      </p>
      {analysis.article && (
        <p class="page-title" dir="auto" lang={analysis.article.lang ?? undefined}>
          {analysis.article.title}
        </p>
      )}
      {relation && (
        <p class="relation-line" dir="auto">
          {relation}
        </p>
      )}
      {summary && (
        <p class="coverage-summary" dir="auto">
          {summary}
        </p>
      )}
    </div>
  );
}
