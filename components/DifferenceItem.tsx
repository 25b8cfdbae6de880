// One detail on which outlets differ: a table for lists, short text otherwise.
import type { Difference } from '../utils/types';
import { ListDifferenceTable } from './ListDifferenceTable';

export function DifferenceItem({ difference }: { difference: Difference }) {
  return (
    <li class={`difference kind-${difference.kind}`}>
      <h3 dir="auto">{difference.topic}</h3>
      {difference.kind === 'list' ? (
        <ListDifferenceTable difference={difference} />
      ) : (
        <dl class="values">
          {difference.values.map((v, i) => (
            <div key={`${v.docId}-${i}`}>
              <dt dir="auto">{v.outlet}</dt>
              <dd dir="auto">{Array.isArray(v.value) ? v.value.join(', ') || 'none' : v.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
