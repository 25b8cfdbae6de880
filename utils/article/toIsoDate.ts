// Publication times come as "2025-02-17T19:32:00+0000", "2025-02-17 19:32", "17 February 2025"
// or "February 17, 2025". Date.parse is engine-dependent for anything but ISO and shifts dates
// into the machine's time zone, so this is hand-rolled: keep the page's instant and offset,
// write it in ISO 8601, or give null when the string is not a date.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59) return null;
    let offset = '';
    if (zone) offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${offset}`;
  }
  // "17 February 2025", "17 Feb. 2025"
  let m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthIndex(m[2]!);
    const day = Number(m[1]);
    const year = Number(m[3]);
    return month && validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  // "February 17, 2025", "Monday, Feb 17 2025"
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthIndex(m[1]!);
    const day = Number(m[2]);
    const year = Number(m[3]);
    return month && validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  return null;
}
