// The PolNeAR scorer's "same entity" (scripts/eval/quotes/): which of our speakers count as the
// annotated source. Written for this test; no PolNeAR text is used.
import { describe, expect, it } from 'vitest';
import { namedInContent } from '../../scripts/eval/quotes/namedInContent';
import { isDescription, isPronoun, isSlip, sameEntity } from '../../scripts/eval/quotes/sameEntity';
import { titledAs } from '../../scripts/eval/quotes/titledAs';

describe('sameEntity', () => {
  it.each([
    ['Madeleine Albright', 'Former Secretary of State Madeleine Albright', true],
    ['John F. Kerry', 'Secretary of State John F. Kerry', true],
    ['Paul Ryan', 'Speaker of the House Paul Ryan', true],
    ['supporters of Sanders', 'Supporters of Sanders', true],
    ['Bernie Sanders', 'Supporters of Sanders', false],
    ['Trevor Noah', 'A flabbergasted Noah', true],
    ['the poll', 'a poll released Sunday', true],
    ['Gabriel Debenedetti', 'Edward-Isaac Dovere and Gabriel Debenedetti', true],
    ['International Security', "nuclear experts Ada Brill and Sam Oyelaran of Washington's Institute for Science and International Security", false],
    ['registered voters', 'An average of 10 percent of registered voters', true],
    ['South Carolina voters', 'About four in 10 South Carolina voters', true],
    ['Hillary Clinton', 'A spokesman for Democratic presidential candidate Hillary Clinton', false],
    ['Hillary Clinton', 'the Clinton campaign', false],
    ['a person', 'a person close to the Clintons', true],
    ['Ian H. Solomon', 'Ian H', true],
    ['a senior Cruz adviser', 'the senior Cruz advise', true],
    ['Ian', 'Ian H', false],
    ['Dana Reyes', 'Rise for Work organizing director Dana Reyes', true],
    ['Rise for Work', 'Rise for Work organizing director Dana Reyes', true],
    ['Tom Hale', 'A spokesman for state senator Tom Hale', false],
  ])('%s / %s -> %s', (ours, source, expected) => {
    expect(sameEntity(ours, source)).toBe(expected);
  });
});

describe('namedInContent', () => {
  const content = (text: string): Array<{ start: number; end: number }> => [{ start: 0, end: text.length }];
  it.each([
    ['a name signing the quote inside the content', '“We will fight on,” Sanders said', 'Bernie Sanders', true],
    ['a name after "said"', '“We disagree,” said committee spokesman Jamal Ware', 'Jamal Ware', true],
    ['a name the quote is about', 'Trump said Clinton “caused death”', 'Hillary Clinton', false],
    ['a name far from any quote mark', '“millions” in donations from the years 2010 to 2013 that were not reported until Reuters asked', 'Reuters', false],
  ])('%s', (_name, text, speaker, expected) => {
    expect(namedInContent(speaker, text, content(text))).toBe(expected);
  });
});

describe('sources that name no one', () => {
  it.each([
    ['said', true],
    ['said in a statement', true],
    ['According to', true],
    ['o', true],
    ['According to the mayor', false],
    ['Sayers', false],
    ['the council', false],
  ])('a slip: %s -> %s', (source, expected) => {
    expect(isSlip(source)).toBe(expected);
  });

  it.each([
    ['which', true],
    ['They', true],
    ['the mayor', false],
  ])('a pronoun: %s -> %s', (source, expected) => {
    expect(isPronoun(source)).toBe(expected);
  });
});

describe('isDescription', () => {
  it.each([
    ['the president', true],
    ['the Russian leader', true],
    ['the Democratic front-runner', true],
    ['the New York Times', false],
    ['a 2008 Clinton veteran', false],
    ['a top GOP strategist', false],
    ['the independent Vermont senator and Democratic presidential candidate', true],
    ['the Texas Tribune', false],
  ])('%s -> %s', (source, expected) => {
    expect(isDescription(source)).toBe(expected);
  });
});

describe('titledAs: a description settled by the titles the article gives', () => {
  const article =
    'President Dana Okafor spoke first. Former President Lee Brandt followed, and Vice President Sam Ruiz closed. Mayor Ana de la Cruz was there.';
  it.each([
    ['the president', 'Dana Okafor', 'same'], // the one bare "President"; the others are former and vice
    ['the president', 'Lee Brandt', null], // a former president: "the president" is rarely him, but it can be
    ['the former president', 'Lee Brandt', 'same'],
    ['the former president', 'Dana Okafor', 'other'],
    ['the vice president', 'Sam Ruiz', 'same'],
    ['the mayor', 'Ana de la Cruz', 'same'],
    ['the mayor', 'Dana Okafor', 'other'],
    ['the governor', 'Dana Okafor', null], // no one holds that title here
    ['her husband', 'Sam Ruiz', null], // someone's relative, not a title
    ['the crowd', 'Dana Okafor', 'other'], // a crowd is not one person
    ['his friends', 'Sam Ruiz', 'other'],
    ['The remarks', 'Sam Ruiz', null], // his remarks may be his
  ])('%s / %s -> %s', (description, speaker, expected) => {
    expect(titledAs(description, speaker, article)).toBe(expected);
  });

  it('names the one president when the article titles only one', () => {
    const text = 'President Dana Okafor spoke first; the minister followed.';
    expect(titledAs('The president', 'Dana Okafor', text)).toBe('same');
    expect(titledAs('The president', 'Lee Brandt', text)).toBe('other');
  });

  it('tells apart two people who share a surname', () => {
    const text = 'President Okafor spoke. Dana Okafor and Lena Okafor sat in the front row.';
    // Our "Lena Okafor" may not be the titled Okafor: unknown, not right.
    expect(titledAs('the president', 'Lena Okafor', text)).toBe(null);
    expect(titledAs('the president', 'Lena Okafor', 'President Dana Okafor spoke; Lena Okafor sat.')).toBe('other');
    expect(titledAs('the president', 'Dana Okafor', 'President Dana Okafor spoke; Lena Okafor sat.')).toBe('same');
  });
});
