// Whether a description that opens a sentence can be who speaks its quote. The sentence-subject
// fallback ("The ad calls him “a fraud.”", "A federal judge ruled the files “public record.”")
// credits the subject with any quote in the sentence; with a subject that cannot speak it credits
// a scare quote to a thing: "The deal is actually a “pre-agreement”", "the arrow keys move the
// “cursor”". Measured on PolNeAR train (scripts/eval-quotes.ts --rules, "on a quote credited to
// no one") and on the Readability and scrapinghub pages' speaker names.
import { NOT_PERSON_WORDS, ROLE_HEADS, ROLE_WORDS, SAYING_NOUNS, SOURCE_NOUNS } from './speechWords';

// People, groups, institutions and documents that speak in news copy, beyond the source and role
// words: "the audience", "the board", "the email", "one attendee", "the GOP nominee".
const SPEAKING_HEADS = new Set(
  ('friend lady guy nominee candidate front-runner mogul impostor employee attendee member delegate doctor surgeon neurosurgeon clerk student graduate non-profit nonprofit ' +
    'audience crowd media council board committee administration agency foundation association campaign government group team party company court ' +
    'email ad spot commercial clip release letter memo report results publication piece paper opinion document cable footnote photos video tweet post survey poll study projection forecast book article editorial note').split(' '),
);
// Nouns of people by their ending: "activist", "historian", "businessman", "treasurer", "investor"
// (not the few things in -er that open sentences: "the other", "the number").
const PERSON_ENDING = /(?:ist|ian|man|woman|men|women|person|people|er|or)$/u;
const NOT_PEOPLE = new Set('other number matter order answer power border center quarter corner chapter paper letter floor door color colour'.split(' '));
// Words that end the description's head: "a letter to committee members", "another source familiar with…".
const AFTER_HEAD = new Set('of to for from in on at with by about familiar close who which that behind before after under over near like than into through against between among around across beside inside outside without'.split(' '));
// A pronoun is never the head: "the screen behind her".
const PRONOUNS = new Set('he she it they we i you him her them us me his hers its their our'.split(' '));

// Quantities whose "of" leads to the head: "a number of experts", "a group of 67 artists".
const QUANTITIES = new Set('number lot majority handful couple dozen dozens hundreds thousands few group pair'.split(' '));

/** The description's head noun ("the Sanders campaign on Monday" -> campaign). */
function headOf(words: readonly string[]): string {
  let end = words.length;
  for (let k = 1; k < words.length; k++) {
    const w = (words[k] ?? '').toLowerCase();
    if (!AFTER_HEAD.has(w)) continue;
    if (w === 'of' && QUANTITIES.has((words[k - 1] ?? '').toLowerCase())) continue;
    end = k;
    break;
  }
  // A participle after the noun: "another intelligence source speaking to Fox News" -> source.
  if (end >= 3 && /^\p{Ll}+ing$/u.test(words[end - 1] ?? '')) end--;
  return (words[end - 1] ?? '').replace(/['’]s?$/u, '');
}

/** True when the description ("the ad", "the Florida senator", "the FBI") names someone or something that speaks. */
export function canSpeak(description: string): boolean {
  const head = headOf(description.split(/\s+/u));
  if (/^\p{Lu}/u.test(head)) return true; // a name or an institution: "the FBI", "the Trayvon Martin Foundation"
  const lower = head.toLowerCase();
  if (PRONOUNS.has(lower)) return false;
  const singular = lower.replace(/s$/u, '');
  // Institutions: "the commission", "the ministry", "the Ohio senator’s office".
  const known = (w: string): boolean => SOURCE_NOUNS.has(w) || ROLE_WORDS.has(w) || ROLE_HEADS.has(w) || SAYING_NOUNS.has(w) || SPEAKING_HEADS.has(w) || NOT_PERSON_WORDS.has(w);
  return [lower, singular, `${lower}s`].some(known) || (PERSON_ENDING.test(singular) && !NOT_PEOPLE.has(singular));
}
