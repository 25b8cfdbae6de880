// "BBC", "BBC and Express", "BBC, Express and Sky News": lists in running text.
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export function joinWords(words: string[]): string {
  return list.format(words);
}
