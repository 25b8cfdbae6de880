// Page furniture that survives in raw texts (the corpus keeps it): links to other stories
// ("Read more:", "Follow live:") and the headlines listed under them. Their quote marks belong
// to other stories' headlines, not to this article's speakers, so the quote stage skips them.
import type { TextSpan } from '../text/splitSentences';

// A line that starts with one of these labels links elsewhere; the label alone introduces a list.
const LINK_LABEL = /^(?:read more|follow live|live|more|watch|listen|related|related stories|related articles|related topics|more on this story|see also|articles you may like|you may also like|most read|analysis|explained|opinion|recommended|trending)\s*(?::|$)/iu;

/** A short line without sentence-ending punctuation: how a linked headline looks. */
function looksLikeHeadline(line: string): boolean {
  const bare = line.replace(/[\s”"’'»›」』)]+$/u, '');
  if (/[.!?:;,]$/u.test(bare)) return false;
  return bare.split(/\s+/u).length <= 20;
}

/** Indices (into `paragraphs`) of link lines and the headline lines listed after them. */
export function findFurniture(text: string, paragraphs: TextSpan[]): Set<number> {
  const skip = new Set<number>();
  let inList = false;
  let afterLabel = false;
  let prevEnd = 0;
  paragraphs.forEach((p, i) => {
    const line = text.slice(p.start, p.end);
    // A blank line ends a list of headlines (000.txt); without blank lines, prose ends it (002.txt).
    const blankBefore = /\n[^\S\n]*\n/u.test(text.slice(prevEnd, p.start)) || /\r\n?[^\S\n]*\r\n?/u.test(text.slice(prevEnd, p.start));
    prevEnd = p.end;
    if (LINK_LABEL.test(line)) {
      skip.add(i);
      inList = true;
      afterLabel = true;
      return;
    }
    // A label on its own line may be followed by a blank line before its list.
    if (inList && (!blankBefore || afterLabel) && looksLikeHeadline(line)) {
      skip.add(i);
      afterLabel = false;
      return;
    }
    inList = false;
    afterLabel = false;
  });
  return skip;
}
