// The page's outlet, title and its relation to the corpus.
import type { Analysis } from '../utils/types';
import { describeRelation } from '../utils/report/describeRelation';
import { pageOutlet } from '../utils/report/pageOutlet';

export function ReportHeader({ analysis }: { analysis: Analysis }) {
  const relation = describeRelation(analysis);
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
    </div>
  );
}
