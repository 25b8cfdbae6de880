// One outlet's text -> everything the comparisons need, furniture dropped first.
import { bodySentences } from './bodySentences';
import { findAttendees } from './findAttendees';
import { findClaims } from './findClaims';
import { findCounts } from './findCounts';
import { findDatedFacts } from './findDatedFacts';
import { findPeople } from './findPeople';
import type { OutletFacts, OutletView } from './outletFacts';

export function readOutletFacts(view: OutletView): OutletFacts {
  const sentences = bodySentences(view.text);
  return {
    view,
    sentences,
    people: findPeople(sentences),
    attendees: findAttendees(sentences),
    dated: findDatedFacts(sentences),
    counts: findCounts(sentences),
    claims: findClaims(sentences),
  };
}
