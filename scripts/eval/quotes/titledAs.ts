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

// A title with a qualifier before it is another title: "the president" is not "Vice President
// Sam Ruiz" nor "former President Lee Brandt" (those are "the vice president", "the former
// president").
const QUALIFIED = /\b(?:vice|former|ex|deputy|assistant|acting|lieutenant|past|co)[\s-]*$/iu;

/** The names `text` writes with `title` right before them; `bare`: only where no qualifier precedes the title. */
function holders(text: string, title: string, bare: boolean): string[] {
  const out: string[] = [];
  const words = title.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const find = new RegExp(`\\b${words.join('\\s+')}\\b`, 'giu');
  for (const m of text.matchAll(find)) {
    if (bare && QUALIFIED.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const run = NAME_RUN.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (run?.[1] && surname(run[1]) !== '') out.push(run[1]);
  }
  return out;
}

/** The given name of a name, if it has one ("Barack Obama" -> "barack"; "Obama" -> ''). */
const givenName = (name: string): string => {
  const words = (name.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !/^(?:Jr|Sr|Mr|Mrs|Ms|Dr)$/u.test(w));
  return words.length > 1 ? foldText(words[0] ?? '') : '';
};

/** Whether `holder` (as the article titles them) is `speaker`: same surname, and no other given name. */
function isHolder(holder: string, speaker: string, text: string): boolean {
  const last = surname(speaker);
  if (surname(holder) !== last) return false;
  const mine = givenName(speaker);
  const theirs = givenName(holder);
  if (mine !== '' && theirs !== '') return mine === theirs;
  if (mine === '') return true;
  // "President Obama" and our "Michelle Obama": the same only if the article names no other Obama.
  const others = [...text.matchAll(/(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)/gu)].filter((m) => foldText(m[2] ?? '') === last && foldText(m[1] ?? '') !== mine && /^\p{Lu}\p{Ll}+$/u.test(m[1] ?? '') && !/^(?:President|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Mayor|Senator|Governor|Secretary|First|Lady|The)$/u.test(m[1] ?? ''));
  return others.length === 0;
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
  // The fullest title first ("vice president", "former president"), then the head alone. Our
  // speaker must be the one bare holder; one who holds only a qualified title stays unknown.
  for (const title of words.length > 1 && /^\p{Ll}/u.test(words[words.length - 2] ?? '') ? [words.slice(-2).join(' '), head] : [head]) {
    const bare = holders(text, title, true);
    const any = holders(text, title, false);
    if (any.length === 0) continue;
    const distinct = new Set(bare.map(surname));
    if (bare.some((h) => isHolder(h, speaker, text))) return distinct.size === 1 ? 'same' : null;
    // A holder who may be our speaker (a qualified title, or a surname alone) leaves it unknown.
    const given = givenName(speaker);
    if (any.some((h) => surname(h) === mine && (given === '' || givenName(h) === '' || givenName(h) === given))) return null;
    return 'other';
  }
  return null;
}
