// Folds text for comparing names: "Élysée" and "Elysee", "Zelensky’s" and "zelensky's" are the
// same spelling to a reader, so diacritics, case and curly apostrophes must not count as differences.
// Unlike utils/text/foldText (NFKD, for word comparison), this keeps most text's length, so an
// offset found in the folded text still points at the same letter of the original.
export function foldText(text: string): string {
  // Unicode decomposition is the slow part; plain ASCII text (most English news) skips it.
  const decomposed = /[^\s!-~\u2018\u2019]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  return decomposed.replace(/[’‘`]/g, "'").toLowerCase();
}
