import { describe, expect, it } from 'vitest';
import { findCredits } from '../../utils/match/findCredits';
import { readCorpus } from '../../scripts/readCorpus';

describe('findCredits', () => {
  it.each([
    ['The talks will continue on Tuesday.\n\n(BBC)', ['BBC']],
    ['Starmer urged the US to act, according to BBC.', ['BBC']],
    ['The risk remains, according to the Express.', ['Express']],
    ['Tribune online reports that the prime minister would be open to it.', ['Tribune Online']],
    ['“We are ready,” the minister told Reuters on Monday.', ['Reuters']],
    ['The minister told the BBC and later spoke to Sky News.', ['BBC']],
    ['In an interview with the Guardian, she said so.', ['The Guardian']],
    ['KYIV (Reuters) - Ukraine said on Monday…', ['Reuters']],
    ['According to the BBC, the talks failed. (BBC)', ['BBC']],
  ])('%j → %j', (text, credits) => {
    expect(findCredits(text)).toEqual(credits);
  });

  it.each([
    ['European leaders at the security summit in Paris. Pic: Number 10/Flickr', 'an image credit'],
    ['Photograph: Reuters/Yves Herman', 'a photo credit naming an agency'],
    ['Asked by Sky News’s Europe correspondent, Adam Parsons, whether the US has undermined the UK', 'a named correspondent asking a question'],
    ['according to US officials, the plan is not final', 'officials are not an outlet'],
    ['the minister told President Trump', 'a person is not an outlet'],
    ['at times reported to be unwell', 'an ordinary word'],
    ['', 'empty text'],
  ])('finds no credit in %j (%s)', (text) => {
    expect(findCredits(text)).toEqual([]);
  });

  it('agrees with the corpus metadata (an outlet naming itself is not a credit)', () => {
    for (const { meta, text } of readCorpus()) {
      const own = [meta.outlet, meta.republishes].filter(Boolean);
      expect(findCredits(text).filter((c) => !own.includes(c)), meta.docId).toEqual(meta.credits);
    }
  });
});
