// A kept library article with no publication date was published no later than it was read. So a
// page published more than a day after that reading is at least that many days apart: enough to
// rule out `related`, or a rewrite past OCCASION_MAX_DAYS. Closer than that it says nothing.
import { daysApart } from './daysApart';
import { RELATED_MAX_DAYS } from './storyThresholds';

/** The least number of days between the page and an undated article read at `readAt`, or null when that says nothing. */
export function publishedSinceRead(pagePublished: string | null | undefined, readAt: string | undefined): number | null {
  const since = daysApart(pagePublished, readAt);
  // ISO dates order as strings; only a page published after the reading is bounded.
  const after = (pagePublished ?? '').slice(0, 10) > (readAt ?? '').slice(0, 10);
  return since !== null && since > RELATED_MAX_DAYS && after ? since : null;
}
