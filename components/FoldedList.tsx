// A long list folded: the first `shown` items, then the rest under one "N more …" line that
// opens in place (details/summary: keyboard and screen readers get it for free). A list only
// one item longer than `shown` is not folded, since the fold line would take that item's place.
import type { ComponentChildren } from 'preact';

interface Props<T> {
  items: readonly T[];
  shown: number;
  listClass: string;
  /** aria-label of the list, when its heading does not name it. */
  label?: string;
  /** "3 more outlets" */
  moreLabel: (hidden: number) => string;
  render: (item: T) => ComponentChildren;
}

export function FoldedList<T>({ items, shown, listClass, label, moreLabel, render }: Props<T>) {
  const visible = items.length > shown + 1 ? items.slice(0, shown) : items;
  const folded = items.slice(visible.length);
  return (
    <ul class={listClass} aria-label={label}>
      {visible.map(render)}
      {folded.length > 0 && (
        <li class="more">
          <details>
            <summary>{moreLabel(folded.length)}</summary>
            <ul class={listClass}>{folded.map(render)}</ul>
          </details>
        </li>
      )}
    </ul>
  );
}
