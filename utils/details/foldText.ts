// Folds text for comparing names: "Élysée" and "Elysee", "Zelensky’s" and "zelensky's" are the
// same spelling to a reader, so diacritics, case and curly apostrophes must not count as differences.
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}
