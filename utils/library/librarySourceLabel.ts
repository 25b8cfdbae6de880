// How the popup says a match comes from the reader's library: "in your library · read 2 Dec ·
// valleypost.example" (the year only when it is not this year's).
import type { MatchSource } from '../types';

export function librarySourceLabel(source: MatchSource, now: Date = new Date(), timeZone?: string): string {
  const read = new Date(source.readAt);
  const sameYear = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(read) === new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(now);
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone }).format(read);
  return ['in your library', `read ${date}`, ...(source.site ? [source.site] : [])].join(' · ');
}
