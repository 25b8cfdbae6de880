// Whom an article gives a title to: the scorer's one piece of coreference (and a group is not one person). PolNeAR links no
// mention to another, so "the president" as an annotated source and "Barack Obama" from us could
// not be checked ("unverified"). The article itself often settles it: where it writes the title
// before a name ("President Barack Obama", "former President George W. Bush"), that name holds
// the title. Same entity when the article gives the title to our speaker and to no one else;
// another entity when it gives it only to others; otherwise still unknown.
import { foldText } from '../../../utils/text/foldText';

// A run of name words after the title: "George W. Bush", "Joseph R. Biden Jr.", "Alwaleed" (any
// characters inside a word: a page decoded with the wrong charset writes "FranÃ§ois").
// Particles stay inside it: "Mayor Bill de Blasio".
const NAME_RUN = /^\s+((?:(?:\p{Lu}\S*|de|da|di|du|van|von|der|den|del|la|le|al|bin|ibn)\s+){0,4}\p{Lu}\S*)/u;

const surname = (name: string): string =>
  foldText((name.match(/\p{Lu}\S+/gu) ?? []).map((w) => w.replace(/[^\p{L}'’-]+$/u, '')).filter((w) => w.length > 1 && !/^(?:Jr|Sr|II|III)$/u.test(w)).pop() ?? '').replace(/'s$/u, '');

/** Surnames of everyone `text` writes with `title` right before the name. */
function holders(text: string, title: string): Set<string> {
  const out = new Set<string>();
  const words = title.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const find = new RegExp(`\\b${words.join('\\s+')}\\b`, 'giu');
  for (const m of text.matchAll(find)) {
    const run = NAME_RUN.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (run?.[1]) out.add(surname(run[1]));
  }
  out.delete('');
  return out;
}

// A crowd, or people in the plural ("the crowd", "his friends", "Its hosts"), is never the one
// person we name; documents in the plural ("The remarks", "his first videos") may be that
// person's, so they stay unknown.
const GROUP = /^(?:crowd|audience|crowds)$/u;
const DOCUMENTS = /^(?:remarks|comments|words|videos|documents|emails|letters|statements|tweets|ads|notes|papers|results)$/u;
const isGroup = (head: string): boolean => GROUP.test(head) || (/[^su]s$/u.test(head) && !DOCUMENTS.test(head));

/** 'same' / 'other' when the article's titles decide whether `speaker` is the `description` ("the president"), else null. */
export function titledAs(description: string, speaker: string, text: string): 'same' | 'other' | null {
  const last = (description.trim().split(/\s+/u).pop() ?? '').toLowerCase();
  if (isGroup(last) && /^\p{Lu}/u.test(speaker)) return 'other';
  // Only "the …": "its senior vice president" or "her husband" is someone else's title, which the
  // article may give to several people.
  const all = description.trim().split(/\s+/u);
  if (!/^the$/iu.test(all[0] ?? '')) return null;
  const words = all.slice(1);
  const head = words[words.length - 1];
  if (head === undefined || !/^\p{Ll}/u.test(head)) return null;
  const mine = surname(speaker);
  if (mine === '') return null;
  // The fullest title first ("vice president", "former president"), then the head alone.
  for (const title of words.length > 1 && /^\p{Ll}/u.test(words[words.length - 2] ?? '') ? [words.slice(-2).join(' '), head] : [head]) {
    const found = holders(text, title);
    if (found.size === 0) continue;
    if (found.has(mine)) return found.size === 1 ? 'same' : null;
    return 'other';
  }
  return null;
}
