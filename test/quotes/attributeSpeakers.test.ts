// Who said each quote, pattern by pattern (through extractQuotes, as the pipeline calls it).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf';

const STARMER = 'UK Prime Minister Sir Keir Starmer was in Paris on Monday.\n\n';

describe('attribution patterns', () => {
  it.each([
    ['“…,” Sir Keir Starmer said', '“We are ready,” Sir Keir Starmer said.', 'Keir Starmer'],
    ['“…,” said Sir Keir', STARMER + '“We are ready,” said Sir Keir.', 'Keir Starmer'],
    ['Sir Keir added', STARMER + '“We are ready,” Sir Keir added.', 'Keir Starmer'],
    ['the prime minister said', STARMER + '“We are ready,” the prime minister said.', 'Keir Starmer'],
    ['the UK prime minister reiterated', STARMER + 'The UK prime minister reiterated that he was “ready”.', 'Keir Starmer'],
    ['Starmer (surname only)', STARMER + 'Starmer said: “We are ready.”', 'Keir Starmer'],
    ['he added', STARMER + '“We are ready,” he added.', 'Keir Starmer'],
    ['He stated, "…"', STARMER + 'He stated, "We are ready."', 'Keir Starmer'],
    ['He declared, “…”', STARMER + 'He declared, “We are ready.”', 'Keir Starmer'],
    ['according to X', 'Russia is “not serious”, according to Ukrainian Foreign Minister Andrii Sybiha.', 'Andrii Sybiha'],
    ['X posted on X, revealing that', 'French President Emmanuel Macron posted on X, revealing that he had “just spoken” with Trump.', 'Emmanuel Macron'],
    ['X described … as', 'Polish Prime Minister Donald Tusk described relations as entering a “new stage”.', 'Donald Tusk'],
    ['X, apposition, dismissed … as', 'German Chancellor Olaf Scholz, a crucial NATO partner, dismissed such discussions as “completely premature.”', 'Olaf Scholz'],
    ['a diplomatic source commented', 'A diplomatic source commented, “The whole discussion is moot.”', 'a diplomatic source'],
    ['title + full name commented', 'Meanwhile, Spanish Foreign Minister José Manuel Albares commented, “Nobody is considering it.”', 'José Manuel Albares'],
    ['X: “…”', 'Dutch Prime Minister Dick Schoof was brief.\n\nSchoof: “It is far too early.”', 'Dick Schoof'],
    ['critics, including X, have warned', 'Critics, including former army chief Lord Richard Dannatt, have warned of “a considerable cost”.', 'Richard Dannatt'],
    ['possessive assertion', 'He spoke despite Sir Keir Starmer’s assertion that the path was “irreversible”.', 'Keir Starmer'],
    ['the French president (built-in role)', 'Emmanuel Macron hosted the talks.\n\n“We agree,” the French president said.', 'Emmanuel Macron'],
    ['the chancellor (role learned from apposition)', 'German Chancellor Olaf Scholz left early.\n\n“It is premature,” the chancellor said.', 'Olaf Scholz'],
    ['unresolvable role keeps its description', '“It is unworkable,” the minister said.', 'the minister'],
    ['no cue: null, not a guess', 'The summit ended.\n\n“Peace through strength.”\n\nIt was on a banner.', null],
    ['scare quote with no speaker', 'The so-called “coalition of the willing” met again.', null],
    ['pronoun with nobody named: null', '“We are ready,” he said.', null],
    ['X, who said', 'It contrasted with the British prime minister, Keir Starmer, who said Europe must “do more”.', 'Keir Starmer'],
    ['source with a relative clause', 'One European official who attended said: “Nobody had a plan.”', 'one European official'],
    ['source for an organisation', '“Check the forecast,” a spokesperson for the forecaster said.', 'a spokesperson for the forecaster'],
    ['passive: the agent after "by" speaks', 'US President Donald Trump spoke. Volodymyr Zelensky was called a “dictator” by Trump.', 'Donald Trump'],
    ['passive without an agent names nobody', 'Ukrainian President Volodymyr Zelensky was described as “brave”.', null],
    ['"Another said" names nobody', 'One official declined to comment. Another said it had been “useful”.', null],
    ['role then name in apposition, then "he"', "Britain's prime minister, Keir Starmer, cast it in stark terms. “It is existential,” he said.", 'Keir Starmer'],
  ])('%s', (_name, text, expected) => {
    const got = speakersOf(text);
    expect(got[got.length - 1]).toBe(expected);
  });
});

describe('attribution across quotes and paragraphs', () => {
  it('gives both parts of an interrupted quote one speaker', () => {
    expect(speakersOf(STARMER + '“Europe must play its role,” he said, “but there must be a US backstop.”')).toEqual(['Keir Starmer', 'Keir Starmer']);
  });

  it('resolves "he" to the last person named as a subject, not the last name mentioned', () => {
    expect(speakersOf('Sir Keir Starmer met Emmanuel Macron at the Elysee.\n\n“We are united,” he said.')).toEqual(['Keir Starmer']);
    expect(speakersOf('Sir Keir Starmer spoke first.\n\nEmmanuel Macron then addressed the leaders.\n\n“We are united,” he said.')).toEqual(['Emmanuel Macron']);
  });

  it('skips a man known as "Sir" when the pronoun is "she"', () => {
    const text = 'Italian Prime Minister Giorgia Meloni arrived first. Sir Keir Starmer greeted her.\n\n“We are old friends,” she said.';
    expect(speakersOf(text)).toEqual(['Giorgia Meloni']);
  });

  it.each([
    'European Union leaders agreed on a plan.',
    'Sky News reported the talks.',
    'Saudi Arabia hosts the talks on Tuesday.',
    'Downing Street said the talks went well.',
  ])('does not let an institution or place become "he": %s', (middle) => {
    expect(speakersOf(`Sir Keir Starmer spoke.\n\n${middle} “We are ready,” he said.`)).toEqual(['Keir Starmer']);
  });

  it('gives a quote-only paragraph the speaker of the attributed quote just before it', () => {
    expect(speakersOf(STARMER + '“It is an existential question,” he added.\n\n“This is a once in a generation moment.”')).toEqual([
      'Keir Starmer',
      'Keir Starmer',
    ]);
  });

  it('fills a multi-paragraph quote attributed only at its end', () => {
    const text = 'European Commission President Ursula von der Leyen spoke.\n\n“Security comes first.\n\n“We will present a plan,” she said.';
    expect(speakersOf(text)).toEqual(['Ursula von der Leyen', 'Ursula von der Leyen']);
  });

  it('keeps two speakers of one paragraph apart', () => {
    expect(speakersOf('“We are ready,” Mark Rutte said. But Dutch Prime Minister Dick Schoof warned: “Nothing is decided.”')).toEqual([
      'Mark Rutte',
      'Dick Schoof',
    ]);
  });

  it('names "the source" after "a senior diplomatic source" as the same source', () => {
    expect(speakersOf('A senior diplomatic source said it was “dead”.\n\n“Nobody will sign,” the source added.')).toEqual([
      'a senior diplomatic source',
      'a senior diplomatic source',
    ]);
  });

  it('uses one canonical name for every form of a name in an article (corpus 000 style)', () => {
    const text = [
      'A “US security guarantee” is the only path to peace, Sir Keir Starmer has said.',
      'The prime minister said a “US backstop” is needed.',
      'It is “clear the US is not going to leave NATO”, Sir Keir said.',
      '“We will step up,” Starmer added.',
    ].join('\n');
    expect(new Set(speakersOf(text))).toEqual(new Set(['Keir Starmer']));
  });
});
