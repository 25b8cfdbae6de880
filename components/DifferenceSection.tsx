// "Details that differ", in the order the analysis gives (most telling first).
import type { Analysis } from '../utils/types';
import { DifferenceItem } from './DifferenceItem';

export function DifferenceSection({ analysis }: { analysis: Analysis }) {
  return (
    <section aria-labelledby="differences-heading">
      <h2 id="differences-heading">Details that differ</h2>
      {analysis.differences.length === 0 ? (
        <p class="muted">Crossquote found no details on which the outlets differ.</p>
      ) : (
        <ul class="differences">
          {analysis.differences.map((d) => (
            <DifferenceItem key={d.id} difference={d} />
          ))}
        </ul>
      )}
    </section>
  );
}
