// A list on which outlets differ (who attended): a row per outlet, a column per member,
// ✓ / — marks with words for screen readers; open-ended lists ("and others") are noted,
// because a member they leave out may still have been there.
import type { Difference } from '../utils/types';

function membersOf(difference: Difference): string[] {
  if (difference.members) return difference.members;
  const seen = new Set<string>();
  for (const v of difference.values) if (Array.isArray(v.value)) for (const m of v.value) seen.add(m);
  return [...seen];
}

export function ListDifferenceTable({ difference }: { difference: Difference }) {
  const members = membersOf(difference);
  const open = new Set(difference.openEnded ?? []);
  const isOpen = (v: Difference['values'][number]): boolean => open.has(v.docId) || open.has(v.outlet);
  const anyOpen = difference.values.some(isOpen);
  return (
    <div class="table-wrap">
      <table class="list-table">
        <caption class="vh">{difference.topic}</caption>
        <thead>
          <tr>
            <th scope="col" class="outlet-col">
              Outlet
            </th>
            {members.map((m) => (
              <th scope="col" key={m} class="member-col" title={m}>
                <span class="vertical" dir="auto">
                  {m}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {difference.values.map((v, i) => {
            // An outlet that gives no list ("Not stated") gets its words across the row, not a
            // row of "—" marks, which would read as "named none of them".
            if (!Array.isArray(v.value)) {
              return (
                <tr key={`${v.docId}-${i}`} class="no-list">
                  <th scope="row" dir="auto">
                    {v.outlet}
                  </th>
                  <td colSpan={members.length} class="muted" dir="auto">
                    {v.value}
                  </td>
                </tr>
              );
            }
            const named = new Set(v.value);
            return (
              <tr key={`${v.docId}-${i}`}>
                <th scope="row" dir="auto">
                  {v.outlet}
                  {isOpen(v) && <span class="muted"> *</span>}
                </th>
                {members.map((m) =>
                  named.has(m) ? (
                    <td key={m} class="yes">
                      <span aria-hidden="true">✓</span>
                      <span class="vh">named</span>
                    </td>
                  ) : (
                    <td key={m} class="no">
                      <span aria-hidden="true">—</span>
                      <span class="vh">not named</span>
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {anyOpen && <p class="muted small">* Its list ends “and others”: a name it leaves out may still have been there.</p>}
    </div>
  );
}
