// Calendar days between two publication dates, each as the page states it (ISO 8601, from
// toIsoDate: "2025-02-17", "2025-02-17T19:32:00+01:00", sometimes without an offset). Only the
// date part is read, the publisher's own calendar day: parsing the time would shift an
// offset-less time into the machine's time zone, and a day is the unit the window is counted in.

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function dayNumber(iso: string): number | null {
  const m = DAY.exec(iso);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(time) ? time / 86_400_000 : null;
}

/** Whole days between the two dates, or null when either is missing or not a date. */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number | null {
  const x = a ? dayNumber(a) : null;
  const y = b ? dayNumber(b) : null;
  return x === null || y === null ? null : Math.abs(x - y);
}
