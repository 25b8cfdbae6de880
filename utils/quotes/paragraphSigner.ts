// The name that signs a paragraph of quoted words after a dash, the way reader comments and
// round-ups are printed: “…I’d rather live in what he calls “hell” than…” ― Adriana Rodarte.
// Every quote of that paragraph is the signer's, including the pieces a quote nested in the same
// marks splits off, which no cue of their own reaches.

// A closing mark, a dash, then two to four capitalised words and at most a full stop, at the
// paragraph's end.
const SIGNATURE = /[”"’»]\s*[―—–]\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\.?\s*$/u;

/** The signer's name words, or null when the paragraph does not end with a dash signature. */
export function paragraphSigner(paragraph: string): string[] | null {
  const name = SIGNATURE.exec(paragraph.slice(-80))?.[1];
  return name ? name.replace(/\.$/u, '').split(/\s+/u) : null;
}
