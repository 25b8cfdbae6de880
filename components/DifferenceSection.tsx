// "Details that differ", in the order the analysis gives (most telling first).
import type { Analysis } from '../utils/types';
import { DifferenceItem } from './DifferenceItem';
import { FoldedList } from './FoldedList';

/** Details shown before the rest fold: the most telling come first, so the fold hides the least. */
const DIFFERENCES_SHOWN = 5;

export function DifferenceSection({ analysis }: { analysis: Analysis }) {
  return (
    <section aria-labelledby="differences-heading">
      <h2 id="differences-heading">Details that differ</h2>
      {analysis.differences.length === 0 ? (
        <p class="muted">Crossquote found no details on which the outlets differ.</p>
      ) : (
        <FoldedList
          items={analysis.differences}
          shown={DIFFERENCES_SHOWN}
          listClass="differences"
          moreLabel={(n) => `${n} more details`}
          render={(d) => <DifferenceItem key={d.id} difference={d} />}
        />
      )}
    </section>
  );
}
