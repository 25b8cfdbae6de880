// A country/organisation/place name as written ("the Netherlands", "EU", "Élysée") -> the
// gazetteer's display name, so outlets naming one thing in other words are not "different".
import { foldText } from '../text/foldText';
import { PLACES, type PlaceEntry } from './gazetteer';

const BY_FOLDED = new Map<string, PlaceEntry>();
for (const entry of PLACES) {
  for (const surface of [entry.name, ...entry.aliases]) BY_FOLDED.set(placeKey(surface), entry);
}

function placeKey(surface: string): string {
  return foldText(surface)
    .replace(/'s$/, '')
    .replace(/[.]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The gazetteer entry a name refers to, or null when the name is not a known place. */
export function lookupPlace(surface: string): PlaceEntry | null {
  const key = placeKey(surface.trim());
  // Case matters for the short aliases: "us" the pronoun is not "US" the country.
  if (key.length <= 3 && surface.trim().replace(/^the\s+/i, '') !== surface.trim().replace(/^the\s+/i, '').toUpperCase()) return null;
  return BY_FOLDED.get(key) ?? null;
}
