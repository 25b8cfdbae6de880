import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FURNITURE_RULES, isFurniture, isListLabel, isVideoPrompt, isHeadlineLike, squash } from '../../utils/text/isFurniture';
import { corpusLines, SKY_FURNITURE } from '../article/makePage';

describe('isFurniture: lines that are page furniture', () => {
  it.each([
    ['European leaders at the security summit in Paris. Pic: Number 10/Flickr', 'caption with credit'],
    ['Sir Keir Starmer and Emmanuel Macron in Paris: Pic: Number 10/Flickr', 'caption with credit'],
    ['Image:', 'caption label alone'],
    ['Image: Sir Keir Starmer speaks to reporters in Paris', 'caption with credit'],
    ['European leaders meet at the Elysee Palace. Photograph: Ludovic Marin/AFP/Getty Images', 'caption with credit'],
    ['Emmanuel Macron greets Keir Starmer (Ludovic Marin/AFP via Getty Images)', 'agency photo credit'],
    ['Die Baustelle im Januar. Foto: Rolf Hennig', 'caption with credit'],
    ['© Reuters', 'copyright line'],
    ['Advertisement', 'advertisement slot'],
    ['ADVERTISEMENT', 'advertisement slot'],
    ['Advertisement - scroll to continue', 'advertisement slot'],
    ['Story continues below advertisement', 'advertisement slot'],
    ['Anzeige', 'advertisement slot'],
    ['Please use Chrome browser for a more accessible video player', 'video prompt'],
    ['Follow live: Russia gives more details ahead of peace talks with US', 'other-story teaser'],
    ['Analysis: Sombre Starmer confronts emerging new world order', 'other-story teaser'],
    ['READ ALSO: Fuel price: Marketers speak on new pump rates in Lagos', 'other-story teaser'],
    ['Read more: Pope stable in hospital and ‘asks for prayers’', 'other-story teaser'],
    ['Share this article', 'share prompt'],
    ['Share on Facebook', 'share prompt'],
    ['Sign up to First Edition, our free daily newsletter – every weekday morning at 7am', 'newsletter box'],
    ['Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.', 'newsletter legal line'],
    ['Follow Tribune Online on WhatsApp and Google News for the latest updates.', 'follow us'],
    ['Comments (214)', 'comments box'],
    ['View all comments', 'comments box'],
    ['Leave a Reply', 'comments box'],
    ['Posted to the mailing-list archive. Back to index', 'navigation line'],
  ])('%s', (line, ruleName) => {
    expect(isFurniture(line)).toBe(true);
    const rule = FURNITURE_RULES.find((r) => r.name === ruleName);
    expect(rule?.test(line)).toBe(true);
  });
});

describe('isFurniture: real paragraphs are never furniture', () => {
  const corpusParagraphs = ['000', '001', '002', '003', '004'].flatMap((id) =>
    corpusLines(id).filter((line) => !SKY_FURNITURE.includes(line) && !/^(UK|Image:|Articles You May Like)$/.test(line) && !/Pic: Number 10|^Analysis:|^Please use Chrome/.test(line)),
  );
  it.each([
    ...corpusParagraphs.slice(0, 200),
    'He said he would sign up to the plan if the newsletter of the party backed it, which it did not.',
    'The photo agency Reuters said it had no comment.',
    'Analysis of the figures shows spending has risen every year since 2014.',
    'Share prices fell sharply on Monday morning.',
    'Comments made by the minister last week caused anger in Warsaw.',
  ])('%s', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('isListLabel', () => {
  it.each(['Read more:', 'Read more', 'Articles You May Like', 'You may also like', 'Related', 'Related stories', 'More on this story', 'Most read', 'Mehr zum Thema', 'À lire aussi', '関連記事'])(
    'label: %s',
    (line) => expect(isListLabel(line)).toBe(true),
  );
  it.each(['Read more about the summit in our explainer.', 'Related to that, the minister said no.', 'US President Donald Trump has said the US no longer sees the defence of Europe as its primary concern'])(
    'not a label: %s',
    (line) => expect(isListLabel(line)).toBe(false),
  );
});

describe('isHeadlineLike and isVideoPrompt', () => {
  it.each([
    ['Pope stable in hospital and ‘asks for prayers’', true],
    ['MLS jersey Power Rankings: Who’s the best dressed in 2025?', true],
    ['The US and Russia are meeting in Saudi Arabia to discuss the Ukraine war.', false],
    ['“This is a once in a generation moment for the collective security of our continent.”', false],
    ['He added: “But we Europeans will have to do more.', false],
  ])('%s -> %s', (line, expected) => expect(isHeadlineLike(line)).toBe(expected));
  it('knows the video prompt and nothing else', () => {
    expect(isVideoPrompt('Please use Chrome browser for a more accessible video player')).toBe(true);
    expect(isVideoPrompt('Please use the stairs.')).toBe(false);
  });
});

describe('squash', () => {
  it.each([
    ['  Sir Keir\n\tStarmer  said ', 'Sir Keir Starmer said'],
    ['already squashed', 'already squashed'],
    ['\u00a0kept\u00a0inside\u00a0', 'kept\u00a0inside'],
    ['a\fb\rc', 'a b c'],
  ])('%j → %j', (text, expected) => {
    expect(squash(text)).toBe(expected);
  });

  it('gives what collapsing and trimming give, on any text (its shortcut for squashed lines included)', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2028', '\u3000', 'word', 'x', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
        expect(squash(text)).toBe(text.replace(/[ \t\n\r\f]+/g, ' ').trim());
      }),
      { numRuns: 3000, seed: 20250217 },
    );
  });
});
