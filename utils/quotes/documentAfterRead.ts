// "“…,” read the statement" / "“…,” reads the email": after a quotation, "read" with a document as
// its subject credits the document, which the rules for people would not read as a source.
import type { Subject } from './findCues';
import type { ClauseToken } from './tokenizeClause';

const DETERMINERS = new Set(['the', 'a', 'an', 'one']);
// Things whose text is quoted as read: what a campaign, an office or a crowd puts out.
const DOCUMENTS = new Set('statement email e-mail letter memo message release headline caption sign banner placard ad tweet post note notice flyer mailer card'.split(' '));
const spaceOnly = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** The document after "read"/"reads" at index i ("the statement"), as a description, or null. */
export function documentAfterRead(tokens: readonly ClauseToken[], i: number): { subject: Subject; last: number } | null {
  const verb = tokens[i];
  const det = tokens[i + 1];
  const noun = tokens[i + 2];
  if (!verb || verb.cap || (verb.lower !== 'read' && verb.lower !== 'reads')) return null;
  if (!det || !noun || det.quote !== null || noun.quote !== null || !spaceOnly(det.gap) || !spaceOnly(noun.gap)) return null;
  if (!DETERMINERS.has(det.lower) || !DOCUMENTS.has(noun.lower) || noun.text !== noun.text.toLowerCase()) return null;
  return { subject: { kind: 'description', text: `${det.lower} ${noun.text}` }, last: i + 2 };
}
