// What the details stage reads from one outlet's text, once, before comparing outlets.
import type { Attendees } from './findAttendees';
import type { Count } from './findCounts';
import type { DatedFact } from './findDatedFacts';
import type { PersonFacts } from './findPeople';

/** One outlet in the comparison: the page ("page") or a corpus article. */
export interface OutletView {
  /** "page" for the page, else the corpus id. */
  docId: string;
  /** How the reader sees the outlet named ("Tribune Online", "This page"). */
  outlet: string;
  /** Whose report it is when known (the outlet, or the outlet it republishes), for "credits itself"; else null. */
  ownName: string | null;
  text: string;
  /** Whom the outlet credits. */
  credits: string[];
}

export interface OutletFacts {
  view: OutletView;
  sentences: string[];
  people: Map<string, PersonFacts>;
  attendees: Attendees | null;
  dated: Map<string, DatedFact>;
  counts: Count[];
  claims: Map<string, string>;
}
