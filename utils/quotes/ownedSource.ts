// A noun for someone's staff, campaign, family or document, which speaks for them: "Cruz’s
// lawyers relied on…", "His office put out a statement…", "“…,” his childhood friend told…".
// After "his"/"her"/"their" only such a noun is a source: "according to their instinctive
// preference" credits nobody.
import { SOURCE_NOUNS } from './speechWords';

const OWNED = new Set(
  'campaign campaigns team office letter memo statement reviewers staff account surrogates son daughter wife husband brother sister father mother friend friends physician doctor'.split(' '),
);
// People named by what they do: "his longtime personal physician", "their attorneys".
const PEOPLE = /^\p{Ll}+(?:ers|ors|ists|ians)$/u;

/** Whether `head` (lower-case) names someone's staff, campaign, family or document. */
export function ownedSource(head: string): boolean {
  return SOURCE_NOUNS.has(head) || OWNED.has(head) || PEOPLE.test(head);
}
