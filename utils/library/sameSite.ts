// A reader's library holds many articles of one site, which the bundled corpus (one article per
// outlet) never does. Two articles of one site share that site's template wherever extraction
// kept it (a boilerplate paragraph, a sign-up line, an author's bio, a press-release footer), so
// their shared own-word shingles can reach the `rewrite` (even `copy`) containment while the two
// report different events. Between articles of the same site, shared text is therefore not
// evidence by itself: the pair counts only with the evidence of the same occasion that `related`
// needs (the same people and place named in both leads and the same subject, or the same
// remarks). A true same-site pair (a follow-up, an updated version under a new URL) names the
// same people in its lead; a `same` article (the page read before) is not affected. The rule is
// applied inside the story matching (matchStory's StoryRules.sameSite), in the same pass: this
// module only says which page and kept article are of one site.
import type { Analysis } from '../types';
import { foldedWords } from '../text/foldedWords';
import { siteOf } from './siteOf';
import { UNNAMED_OUTLET } from './unnamedOutlet';

/** An outlet name folded for comparison, or '' when there is none (the placeholder is none). */
const nameOf = (name: string | null | undefined): string => (name && name !== UNNAMED_OUTLET ? foldedWords(name).join(' ') : '');

/**
 * Whether the page and a kept article may come from one site: the same host, or the same outlet
 * name (an AMP host), or nothing known of either (a saved page without URL or name: the two
 * cannot be told apart, and precision comes first).
 */
export function sameSite(reading: Analysis, held: { site: string | null; outlet: string }): boolean {
  const site = siteOf(reading.url);
  const name = nameOf(reading.article?.siteName);
  const heldName = nameOf(held.outlet === held.site ? null : held.outlet);
  if (site !== null && site === held.site) return true;
  if (name && name === heldName) return true;
  return site === null && !name && held.site === null && !heldName;
}
