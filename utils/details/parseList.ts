// "France, Germany, the Netherlands, Denmark and the EU, along with NATO chief Mark Rutte, and
// others" -> its members, named the same way whatever the outlet wrote, and whether it is
// open-ended. Stops at the first piece that is not a list member, so the rest of the sentence
// ("…gathered to discuss…", ", Starmer reiterated…") never becomes a member.
import { lookupPlace } from './lookupPlace';
import { lookupPerson } from './lookupPerson';
import { findPeople } from './findPeople';

export interface ParsedList {
  /** Members in the order given, canonical names ("Netherlands", "European Union", "Mark Rutte"). */
  members: string[];
  /** True when the list ends "and others" / "and other European nations": it does not exclude. */
  openEnded: boolean;
}

const OPEN_END = /^(others?|other\s+.*|many more|more|the rest|several others|elsewhere)$/i;
const ROLE = /^(?:the\s+)?(president|prime minister|chancellor|leader|head|heads|secretary[- ]general|chief|chair|foreign minister|defen[cs]e minister)s?\s+of\s+(?:the\s+)?(.+)$/i;
// Where a member's own words end and the sentence carries on ("the EU at the Elysee Palace").
const TAIL = /\s+(?:at|in|on|to|for|gathered|met|who|which|were|was|have|had|during|came|attended|joined)\b.*$/i;

export function parseList(text: string): ParsedList {
  const pieces = text
    .replace(/[.;:]+$/, '')
    .split(/\s*,\s*|\s+and\s+|\s+(?:along with|alongside|as well as|together with|plus)\s+/i)
    .map((p) => p.replace(/^(?:and|along with|alongside|as well as|together with|plus)\s+/i, '').trim())
    .filter((p) => p.length > 0);
  const members: string[] = [];
  let openEnded = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    // "Bosnia and Herzegovina": a name that the split on "and" cut in two.
    const joined = pieces[i + 1] !== undefined ? lookupPlace(`${piece} and ${pieces[i + 1]}`) : null;
    if (joined) {
      members.push(joined.name);
      i++;
      continue;
    }
    const stripped = piece.replace(TAIL, '');
    if (OPEN_END.test(stripped)) {
      openEnded = true;
      break;
    }
    const member = memberName(stripped);
    if (!member) break;
    if (!members.includes(member)) members.push(member);
    if (stripped !== piece) break;
  }
  return { members, openEnded };
}

/** One list piece -> its canonical member name, or null when it is not a country, body, role or person. */
function memberName(piece: string): string | null {
  const place = lookupPlace(piece);
  if (place) return place.name;
  const person = lookupPerson(piece);
  if (person) return person.name;
  const role = ROLE.exec(piece);
  if (role?.[1] && role[2]) {
    const body = lookupPlace(role[2]);
    if (body) return `${capitalise(role[1].toLowerCase())} of the ${body.name}`.replace(/ the (France|Germany|Italy|Poland|Spain)\b/, ' $1');
  }
  const people = [...findPeople([piece]).values()];
  if (people.length === 1 && people[0]) return people[0].name;
  return null;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
