import { describe, expect, it } from 'vitest';
import { parseNamePhrase } from '../../utils/quotes/parseNamePhrase';

describe('parseNamePhrase', () => {
  it.each([
    ['UK Prime Minister Sir Keir Starmer', 'Keir Starmer', 'sir', 'prime minister', 'uk'],
    ['German Chancellor Olaf Scholz', 'Olaf Scholz', null, 'chancellor', 'german'],
    ['Spanish Foreign Minister José Manuel Albares', 'José Manuel Albares', null, 'foreign minister', 'spanish'],
    ['former army chief Lord Richard Dannatt', 'Richard Dannatt', 'lord', 'army chief', null],
    ['NATO secretary general Mark Rutte', 'Mark Rutte', null, 'secretary general', 'nato'],
    ['US Secretary of State Marco Rubio', 'Marco Rubio', null, 'secretary of state', 'us'],
    ['European Commission President Ursula von der Leyen', 'Ursula von der Leyen', null, 'president', 'european commission'],
    ['Japan’s Prime Minister Shigeru Ishiba', 'Shigeru Ishiba', null, 'prime minister', 'japan'],
    ['Sir Keir', 'Keir', 'sir', null, null],
    ['The UK prime minister', '', null, 'prime minister', 'uk'],
  ])('%s', (phrase, name, honorific, role, qualifier) => {
    const parsed = parseNamePhrase(phrase.split(' '));
    expect(parsed.name.join(' ')).toBe(name);
    expect(parsed.honorific).toBe(honorific);
    expect(parsed.role).toBe(role);
    expect(parsed.qualifier).toBe(qualifier);
  });
});
