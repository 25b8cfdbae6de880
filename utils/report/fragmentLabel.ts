// The tag beside a quote the writer embedded in their own sentence. A few words in marks ("do
// more", "US backstop") are a phrase; a longer run ("a US security guarantee was the only way to
// deter Russia …" after "he insisted that") is part of the speaker's sentence, and calling it a
// phrase would understate what was quoted.

/** Most words, and characters (for scripts written without spaces), a quoted phrase has. */
const PHRASE_WORDS = 4;
const PHRASE_CHARACTERS = 40;

/** "phrase" for a short fragment, "partial quote" for a longer one. */
export function fragmentLabel(quoteText: string): 'phrase' | 'partial quote' {
  const text = quoteText.trim();
  const words = text === '' ? 0 : text.split(/\s+/u).length;
  return words <= PHRASE_WORDS && text.length <= PHRASE_CHARACTERS ? 'phrase' : 'partial quote';
}
