// One quote's word-level difference, inline. Removed words (only on this page) are struck
// through and added words (only in the other outlet) underlined, each with a label for screen
// readers, so the difference is never carried by colour alone.
import type { DiffPart } from '../utils/types';

export function WordDiff({ parts, lang }: { parts: DiffPart[]; lang?: string | undefined }) {
  return (
    <p class="diff" dir="auto" lang={lang}>
      {parts.map((part, i) => {
        if (part.op === 'same') return <span key={i}>{part.text}</span>;
        // <del> for removed words, <ins> for added ones; the hidden label is the op's name.
        const Change = part.op === 'removed' ? 'del' : 'ins';
        return (
          <Change key={i}>
            <span class="vh">{part.op}: </span>
            {part.text}
          </Change>
        );
      })}
    </p>
  );
}
