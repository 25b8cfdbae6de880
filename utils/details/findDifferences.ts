// The page + the corpus articles about the same story -> where their details differ, most
// telling first: a quote's words, who attended, credits, numbers and dates, what only one
// outlet reports, and spellings last. Corpus articles that are the page itself (relation
// "same") are not compared: nothing differs from itself.
import type { ArticleInfo, Difference, Quote, QuoteMatch, StoryMatch } from '../types';
import type { CorpusIndex } from '../corpus/indexFormat';
import { compareAttendees } from './compareAttendees';
import { compareCounts } from './compareCounts';
import { compareCredits } from './compareCredits';
import { compareDatedFacts } from './compareDatedFacts';
import { compareOnlyHere } from './compareOnlyHere';
import { compareQuotes } from './compareQuotes';
import { compareSpellings } from './compareSpellings';
import type { OutletFacts, OutletView } from './outletFacts';
import { readOutletFacts } from './readOutletFacts';
import { unifyPeople } from './unifyPeople';
import { runSteps, type Steps } from '../pipeline/runSteps';

// What a corpus article's text says does not change while the index is loaded: read it once per
// article, not once per page (the index is loaded once and compared with every page).
const CORPUS_FACTS = new WeakMap<object, OutletFacts>();

function corpusFacts(view: OutletView, index: CorpusIndex): OutletFacts {
  const doc = index.docs.find((d) => d.docId === view.docId);
  const known = doc ? CORPUS_FACTS.get(doc) : undefined;
  if (known && known.view.text === view.text) return { ...known, view };
  const facts = readOutletFacts(view);
  if (doc) CORPUS_FACTS.set(doc, facts);
  return facts;
}

/** What the differences stage needs to know about the page. */
export interface PageFacts {
  article: ArticleInfo;
  quotes: Quote[];
  credits: string[];
}

export function findDifferences(page: PageFacts, story: StoryMatch[], quoteMatches: QuoteMatch[], index: CorpusIndex): Difference[] {
  return runSteps(findDifferencesInSteps(page, story, quoteMatches, index));
}

/**
 * findDifferences as steps, yielding after each outlet's facts are read: an article read for the
 * first time (after a wake, in a library) costs a few ms of reading, and a story of fifteen
 * outlets is then not one long task in the background (compareInSteps).
 */
export function* findDifferencesInSteps(page: PageFacts, story: StoryMatch[], quoteMatches: QuoteMatch[], index: CorpusIndex): Steps<Difference[]> {
  const pageView: OutletView = {
    docId: 'page',
    outlet: page.article.siteName ?? 'This page',
    ownName: page.article.siteName,
    text: page.article.text,
    credits: page.credits,
  };
  const others: OutletView[] = [];
  for (const match of story) {
    if (match.relation === 'same' || others.some((o) => o.docId === match.docId)) continue;
    const doc = index.docs.find((d) => d.docId === match.docId);
    if (!doc) continue;
    others.push({ docId: doc.docId, outlet: match.outlet || doc.outletLabel, ownName: doc.outlet ?? doc.republishes ?? null, text: doc.text, credits: match.credits ?? doc.credits });
  }
  if (others.length === 0) return [];

  const outlets = [readOutletFacts(pageView)];
  for (const view of others) {
    yield;
    outlets.push(corpusFacts(view, index));
  }
  const people = unifyPeople(outlets.map((o) => o.people));
  const attendees = compareAttendees(outlets);
  const credits = compareCredits(outlets.map((o) => o.view));
  return [
    ...compareQuotes(page.quotes, quoteMatches, pageView, others, index),
    ...(attendees ? [attendees] : []),
    ...(credits ? [credits] : []),
    ...compareDatedFacts(outlets),
    ...compareCounts(outlets),
    ...compareOnlyHere(outlets, people),
    ...compareSpellings(outlets, people),
  ];
}
