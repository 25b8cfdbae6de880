import { describe, expect, it } from 'vitest';
import { sameSpeaker } from '../../utils/match/sameSpeaker';

describe('sameSpeaker', () => {
  it.each<[string | null, string | null, boolean, string]>([
    ['Keir Starmer', 'Keir Starmer', true, 'the same canonical name'],
    ['Keir', 'Keir Starmer', true, 'given name alone ("Sir Keir" read as "Keir")'],
    ['Sir Keir', 'Keir Starmer', true, 'title and given name'],
    ['Sir Keir Starmer', 'Keir Starmer', true, 'title and full name'],
    ['Starmer', 'Keir Starmer', true, 'surname alone'],
    ['Mr Scholz', 'Olaf Scholz', true, 'title and surname'],
    ['José Albares', 'José Manuel Albares', true, 'without the middle name'],
    ['J. D. Vance', 'JD Vance', true, 'initials written two ways'],
    ['Keir Starmer', 'Olaf Scholz', false, 'two people'],
    ['Donald Trump', 'Melania Trump', false, 'one surname, two given names'],
    ['Donald Tusk', 'Donald Trump', false, 'one given name, two surnames'],
    ['Keir', 'Starmer', false, 'a given name and a surname: nothing says they are one person'],
    ['a diplomatic source', 'an EU source', false, 'two descriptions sharing a last word'],
    ['the spokesperson', 'Keir Starmer', false, 'a description is no name'],
    ['Prime Minister', 'Keir Starmer', false, 'a title alone names nobody'],
    [null, 'Keir Starmer', false, 'unknown speaker'],
    [null, null, false, 'both unknown'],
  ])('%s ~ %s → %s (%s)', (a, b, expected) => {
    expect(sameSpeaker(a, b)).toBe(expected);
    expect(sameSpeaker(b, a)).toBe(expected);
  });
});
