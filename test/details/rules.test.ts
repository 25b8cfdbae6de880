// The small rules the details stage is built on, one table each.
import { describe, expect, it } from 'vitest';
import { bodySentences } from '../../utils/details/bodySentences';
import { findTimeExpressions } from '../../utils/details/findTimeExpressions';
import { lookupPerson } from '../../utils/details/lookupPerson';
import { lookupPlace } from '../../utils/details/lookupPlace';
import { parseList } from '../../utils/details/parseList';
import { parseNumber } from '../../utils/details/parseNumber';
import { similarSurnames } from '../../utils/details/similarSurnames';

describe('lookupPlace: one place, however it is written', () => {
  it.each([
    ['the Netherlands', 'Netherlands'],
    ['Netherlands', 'Netherlands'],
    ['the EU', 'European Union'],
    ['EU', 'European Union'],
    ['the European Union', 'European Union'],
    ['Élysée Palace', 'Élysée Palace'],
    ['Elysee Palace', 'Élysée Palace'],
    ['U.S.', 'United States'],
    ['the United States', 'United States'],
    ['Britain', 'United Kingdom'],
    ['Kiev', 'Kyiv'],
    ['Nato', 'NATO'],
    ['Bosnia and Herzegovina', 'Bosnia and Herzegovina'],
  ])('%s -> %s', (written, name) => {
    expect(lookupPlace(written)?.name).toBe(name);
  });

  it.each(['us', 'un', 'Europeans', 'Paris Saint-Germain', 'the prime minister'])('%s is no place in the gazetteer', (written) => {
    expect(lookupPlace(written)).toBeNull();
  });
});

describe('lookupPerson: the event’s people by any of their names', () => {
  it.each([
    ['Sir Keir', 'Keir Starmer'],
    ['Starmer’s', 'Keir Starmer'],
    ['Zelensky', 'Volodymyr Zelenskyy'],
    ['Zelenskyy', 'Volodymyr Zelenskyy'],
    ["Volodymyr Zelensky's", 'Volodymyr Zelenskyy'],
    ['President Trump', 'Donald Trump'],
    ['Lord Dannatt', 'Richard Dannatt'],
    ['Jose Manuel Albares', 'José Manuel Albares'],
  ])('%s -> %s', (written, name) => {
    expect(lookupPerson(written)?.name).toBe(name);
  });

  it.each(['Keir Hardie', 'Donald', 'the prime minister'])('%s is nobody in the table', (written) => {
    expect(lookupPerson(written)).toBeNull();
  });
});

describe('parseList: members, named the same way, and whether the list is open-ended', () => {
  it.each([
    ['France, Germany, Italy, Poland, Spain, the Netherlands, Denmark and the European Union at the Elysee Palace in Paris', ['France', 'Germany', 'Italy', 'Poland', 'Spain', 'Netherlands', 'Denmark', 'European Union'], false],
    ['France, Germany, Italy, Spain, and the Netherlands, along with the president of the European Council and NATO Secretary General Mark Rutte.', ['France', 'Germany', 'Italy', 'Spain', 'Netherlands', 'President of the European Council', 'Mark Rutte'], false],
    ['Germany, Italy, Poland, Spain, the Netherlands, and other European nations, Starmer reiterated that a US security guarantee is essential', ['Germany', 'Italy', 'Poland', 'Spain', 'Netherlands'], true],
    ['Germany, Italy, Poland, Spain, the Netherlands, Denmark, and others gathered to discuss the feasibility of a peacekeeping mission.', ['Germany', 'Italy', 'Poland', 'Spain', 'Netherlands', 'Denmark'], true],
    ['Netherlands, the EU and Bosnia and Herzegovina.', ['Netherlands', 'European Union', 'Bosnia and Herzegovina'], false],
    ['France and Germany to talk about troops', ['France', 'Germany'], false],
    ['several countries that border Russia', [], false],
  ])('%s', (text, members, openEnded) => {
    expect(parseList(text)).toEqual({ members, openEnded });
  });
});

describe('parseNumber: counts in words and figures', () => {
  it.each([
    ['two', 2],
    ['twenty-five', 25],
    ['ninety nine', 99],
    ['1,200', 1200],
    ['30,000', 30000],
    ['3.5 million', 3_500_000],
    ['a dozen', 12],
    ['two hundred and fifty', 250],
    ['thirty thousand', 30000],
    ['a', null],
    ['five six', null],
    ['several', null],
  ])('%s -> %s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('findTimeExpressions: days, dates and relative times', () => {
  it.each([
    ['set to begin in Saudi Arabia on Tuesday', ['Tuesday']],
    ['posted on X in the early hours of Tuesday', ['the early hours of Tuesday']],
    ['I will go to Washington next week to meet President Trump', ['next week']],
    ['territory from before 2014, when Russia annexed Crimea', ['2014']],
    ['the summit on 17 February 2025 in Paris', ['17 February 2025']],
    ['gathered in Paris on Monday, a day before negotiators sit down in Saudi Arabia', ['Monday', 'Tuesday (the day after Monday)']],
    ['a day after leaders met in Paris', []],
    ['the future of European security', []],
  ])('%s', (sentence, values) => {
    expect(findTimeExpressions(sentence).map((t) => t.value)).toEqual(values);
  });
});

describe('bodySentences: the report’s own sentences', () => {
  it('drops the headlines under "Read more:" and "Articles You May Like", keeps the report around them', () => {
    const text = [
      'Britain will “take a leading responsibility”, the prime minister said.',
      'Read more:',
      'Pope stable in hospital and ‘asks for prayers’',
      'Israel says it will receive bodies of four hostages',
      '',
      'The US and Russia are meeting in Saudi Arabia to discuss the Ukraine war.',
      '',
      'Articles You May Like',
      '',
      'Laura Whitmore shares final message from Caroline Flack on anniversary of her death',
      'MLS jersey Power Rankings: Who’s the best dressed in 2025?',
    ].join('\n');
    expect(bodySentences(text)).toEqual([
      'Britain will “take a leading responsibility”, the prime minister said.',
      'The US and Russia are meeting in Saudi Arabia to discuss the Ukraine war.',
    ]);
  });

  it('joins a line wrapped mid-sentence, but not a standfirst to the paragraph after it', () => {
    const wrapped = 'The summit was convened to address heightened concerns over security in Europe in light of US President\nDonald Trump\'s recent suggestions regarding negotiations with Russia.';
    expect(bodySentences(wrapped)).toEqual([wrapped.replace('\n', ' ')]);
    expect(bodySentences('Prime minister leaves Paris talks saying British troops could go to Ukraine, but only with American cover\n\nKeir Starmer flew home on Monday.')).toHaveLength(2);
  });
});

describe('similarSurnames: one person spelled two ways, not two people', () => {
  it.each([
    ['sybiha', 'sybigha', true],
    ['zelenskyy', 'zelenskiy', true],
    ['tusk', 'rusk', false],
    ['tusk', 'tusks', false],
    ['hegseth', 'hegseth', false],
    ['rubio', 'rubin', true],
    ['macron', 'marcon', false],
    ['johnson', 'jackson', false],
  ])('%s / %s -> %s', (a, b, same) => {
    expect(similarSurnames(a, b)).toBe(same);
  });
});
