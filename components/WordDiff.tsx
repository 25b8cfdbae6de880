// One quote's word-level difference, inline. Removed words (only on this page) are struck
// through and added words (only in the other outlet) underlined, each with a label for screen
// readers, so the difference is never carried by colour alone.
import type { DiffPart } from '../utils/types';

export function WordDiff({ parts, lang }: { parts: DiffPart[]; lang?: string | undefined }) {
  return (
    <p class="diff" dir="auto" lang={lang}>
      {parts.map((part, i) => {
        if (part.op === 'removed')
          return (
            <del key={i}>
              <span class="vh">removed: </span>
              {part.text}
            </del>
          );
        if (part.op === 'added')
          return (
            <ins key={i}>
              <span class="vh">added: </span>
              {part.text}
            </ins>
          );
        return <span key={i}>{part.text}</span>;
      })}
    </p>
  );
}
