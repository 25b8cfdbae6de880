// A reader's library holds many stories of one beat: every space story names the same agency and
// planet in its lead. Two of them (a map of one moon, water vapour over another) share those names
// and the beat's vocabulary, which the corpus's occasion evidence took for one occasion. In a library,
// names most of its articles carry are its topic, not the occasion: a pair needs a rarer shared lead
// name, as a true second report of the event has (the moon, the scientist, the observatory).
// Our own invented texts.
import { beforeAll, describe, expect, it, test } from 'vitest';
import { createLibraryIndex, type LibraryIndex } from '../../utils/library/libraryIndex';
import { addToLibraryIndex } from '../../utils/library/addToLibraryIndex';
import { compareWithLibrary } from '../../utils/library/compareWithLibrary';
import { compareWithCorpus } from '../../utils/pipeline/compareWithCorpus';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { relationOf, type StoryScores } from '../../utils/match/matchStory';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import type { Analysis } from '../../utils/types';
import { articleFromText } from './articleFromText';
import { shippedIndex } from './libraryPages';

const BEAT = [
  'Corvana engineers delayed the launch of the Halden cargo rocket to Meridia by a week after a valve failed a pressure test at the coastal pad.',
  'Corvana asked for a larger budget next year to keep its three rovers on Meridia running through the long dust season.',
  'A Corvana rover on Meridia drilled its deepest core yet, a sample of layered rock that the team will study for signs of ancient floods.',
  'Corvana named a new head of its Meridia programme, a veteran of the Halden missions who led the rover teams for a decade.',
  'Students built a small satellite that will ride to Meridia orbit on the next Corvana flight and measure the planet\'s faint magnetic field.',
  'Corvana tested a parachute for heavier landers on Meridia, dropping it from a balloon high above the desert test range.',
  'Corvana will share rover data from Meridia with two universities under an agreement signed at its spring meeting in Harlow.',
];

const MAP_OF_OSTARA =
  'Scientists at Corvana have published the first global map of Ostara, the largest moon of Meridia, showing plains, dunes and lakes of liquid methane under a thick orange haze. ' +
  'The map was stitched together from radar images the Halden probe took during more than a hundred flybys, and shows the moon\'s surface in more detail than ever. ' +
  'Researchers said the ice crust, the hidden ocean beneath it and the organic chemistry at the surface make the moon one of the best places to look for life beyond Earth. ' +
  'The plains cover most of the surface, while the lakes cluster near the poles, where scientists think rain of liquid methane feeds rivers that carve the ice.';

const VAPOUR_OVER_CALYX =
  'Scientists at the Elder observatory said Tuesday they had spotted water vapour above the icy surface of Calyx, a moon of Meridia, and Corvana researcher Ilse Varga said the plumes point to a liquid ocean under the crust. ' +
  'The team used a telescope on Mount Elder to measure the faint glow of water molecules over several nights, detecting enough vapour to fill an Olympic pool within minutes. ' +
  'Varga said the finding strengthens the case that the ocean beneath the ice, warmed by tides, could hold the chemistry that life needs. ' +
  'The Halden probe will fly past the moon next year and sample the plumes directly, scientists said.';

const VAPOUR_SECOND_REPORT =
  'Water vapour is escaping from Calyx, the icy moon of Meridia, astronomers at the Elder observatory reported, and Corvana planetary scientist Ilse Varga called it the clearest sign yet of an ocean under the crust. ' +
  'Observing from Mount Elder over several nights, the team detected water molecules above the surface, enough vapour to fill an Olympic swimming pool in minutes. ' +
  'Because the ocean beneath the ice is warmed by tides, it may hold the chemistry life needs, Varga said, and the Halden probe will sample the plumes when it flies past next year.';

const page = (text: string, url: string): Analysis => ({
  ...emptyAnalysis('This is a news article.', url),
  isArticle: true,
  article: { title: text.slice(0, 40), siteName: null, byline: null, published: '2026-11-20', lang: 'en', text },
  quotes: extractQuotes(text),
});

let index: LibraryIndex;
let map: LibraryArticle;
let second: LibraryArticle;
beforeAll(() => {
  index = createLibraryIndex(shippedIndex());
  // All published the same week: the dates cannot tell the two stories apart, the names must.
  BEAT.forEach((text, i) => addToLibraryIndex(index, articleFromText(text, `https://beat${i}.example/story`, undefined, null, '2026-11-19')));
  map = articleFromText(MAP_OF_OSTARA, 'https://sky-weekly.example/ostara-map', undefined, null, '2026-11-20');
  second = articleFromText(VAPOUR_SECOND_REPORT, 'https://orbit-news.example/calyx-vapour', undefined, null, '2026-11-21');
  addToLibraryIndex(index, map);
  addToLibraryIndex(index, second);
});

describe('two stories of one beat in a library', () => {
  const reading = (): Analysis => page(VAPOUR_OVER_CALYX, 'https://daily-sky.example/calyx');

  it('pass for one occasion on the corpus rule alone (the fixture reproduces the false match)', () => {
    expect(compareWithCorpus(reading(), index.view).story.find((s) => s.docId === map.id)?.relation).toBe('related');
  });

  it('are not one occasion when the only lead names they share are the library\'s recurring ones; a second report of the event still is', () => {
    const story = compareWithLibrary(reading(), index).story;
    expect(story.map((s) => s.docId)).not.toContain(map.id);
    expect(story.map((s) => s.docId)).toContain(second.id);
  });
});

describe('relationOf: the rarest shared lead name decides whether the names are evidence of the occasion', () => {
  // Two leads naming two of the same people or places, three names shared in all, the same subject; no text reuse.
  const scores = (rarestSharedLeadName: number): StoryScores => ({
    docIndex: 0, pageInDoc: 0, docInPage: 0, jaccard: 0, sharedQuoteShingles: 0, sharedTerms: 30, termOverlap: 0.3,
    sharedSubjectTerms: 20, subjectOverlap: 0.3, sharedNames: 4, sharedLeadNames: 2, rarestSharedLeadName,
  });
  test.each([
    ['the corpus alone (no topic limit): names count', 40, undefined, 'related'],
    ['a rare shared lead name (in 3 documents, limit 5)', 3, 5, 'related'],
    ['at the limit', 5, 5, 'related'],
    ['only recurring names (the rarest in 9 documents, limit 5)', 9, 5, null],
    ['a shared lead name no posting holds (a name only in quotes)', 0, 5, 'related'],
  ])('%s', (_, rarest, limit, expected) => {
    expect(relationOf(scores(rarest), { topicNameDocs: limit })).toBe(expected);
  });

  it('leaves text reuse alone: a rewrite by shared text stays one, whatever names it shares', () => {
    expect(relationOf({ ...scores(9), pageInDoc: 0.2 }, { topicNameDocs: 5 })).toBe('rewrite');
  });
});

describe('a library where the beat\'s names are in most articles', () => {
  // Past the banal limit (more than 50 documents and 30% of them) a name is left out of the term
  // postings altogether, as "said" is; it is then the most common name, not a rare one.
  const PROJECTS = ['a cargo lander', 'a radio relay', 'a drill test', 'a dust study', 'a rover upgrade', 'a balloon flight'];
  it('does not take a name left out as banal for a rare one: the map is still not the vapour story', () => {
    const big = createLibraryIndex(shippedIndex());
    for (let i = 0; i < 60; i++) {
      const text = `Corvana reported progress on ${PROJECTS[i % PROJECTS.length]} for Meridia in week ${i + 1} of the season, and its engineers said the schedule held.`;
      addToLibraryIndex(big, articleFromText(text, `https://beat${i}.example/week-${i + 1}`, undefined, null, '2026-11-20'));
    }
    const kept = articleFromText(MAP_OF_OSTARA, 'https://sky-weekly.example/ostara-map', undefined, null, '2026-11-20');
    addToLibraryIndex(big, kept);
    const story = compareWithLibrary(page(VAPOUR_OVER_CALYX, 'https://daily-sky.example/calyx'), big).story;
    expect(story.map((s) => s.docId)).not.toContain(kept.id);
  });
});
