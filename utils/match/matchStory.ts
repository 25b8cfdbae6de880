// Finds the corpus articles about the same story as the page, and how each relates to it.
//
// Method: word 5-gram shingles of each text's OWN words (quoted speech removed, since coverage
// of one event shares its quotes), hashed, compared by CONTAINMENT — the share of one text's
// shingles found in the other — not Jaccard: a copy that drops paragraphs or adds page furniture
// is still wholly contained in its source, which Jaccard would hide behind the size difference.
// Rewrites share almost no 5-grams of their own words (corpus: 0–4), so without text reuse an
// article counts only on evidence of the same occasion: the same remarks (shared quote 4-grams),
// the same people and place named in both leads (nameKeys), and the same subject in words that
// are not everyday news vocabulary (commonNewsWords). Candidates come only from the
// inverted indexes (postings), never a scan of every corpus article; banal fingerprints and
// words were left out of the postings at build time.
import type { ArticleInfo, Quote, StoryMatch, StoryRelation } from '../types';
import type { CorpusDoc, CorpusIndex } from '../corpus/indexFormat';
import { foldedWords } from '../text/foldedWords';
import { postingList } from '../corpus/postingList';
import { storyFeatures, type StoryFeatures } from './storyFeatures';
import { docFeatures } from './docFeatures';
import { daysApart } from './daysApart';
import { publishedSinceRead } from './publishedSinceRead';
import {
  COPY_MIN_CONTAINMENT,
  MAX_CANDIDATES,
  LONG_QUOTE_SHINGLES,
  OCCASION_MAX_DAYS,
  RELATED_MAX_DAYS,
  OCCASION_MIN_LEAD_NAMES,
  OCCASION_MIN_NAMES,
  SUBJECT_MIN_OVERLAP,
  SUBJECT_MIN_SHARED,
  REWRITE_MIN_CONTAINMENT,
  REWRITE_MIN_SHARED_QUOTE_SHINGLES,
  SAME_MIN_CONTAINMENT,
  SAME_MIN_REVERSE_CONTAINMENT,
} from './storyThresholds';

/** What, besides the scores, says whether a document reports the page's occasion. */
export interface OccasionContext {
  /** A name used by more documents than this is one of the index's recurring topics (StoryRules.topicNameDocs). */
  topicNameDocs?: number;
  /**
   * Days between the two publication dates (null when unknown). The same occasion is reported within
   * OCCASION_MAX_DAYS: beyond that only a copy stands — a rewrite's shared text is then reused
   * background, and shared names, subject and remarks are one beat (a campaign, a stump line repeated
   * for months). `related`, which rests on names and subject alone, needs the same day or the next
   * (RELATED_MAX_DAYS).
   */
  apart?: number | null;
  /** False when `related` needs both dates (StoryRules.relatedNeedsDates). */
  relatedUndated?: boolean;
}

/** The measurements behind one StoryMatch, for tests, the benchmark and the README table. */
export interface StoryScores {
  docIndex: number;
  /** Share of the page's own-word shingles found in the corpus article. */
  pageInDoc: number;
  /** Share of the corpus article's own-word shingles found in the page. */
  docInPage: number;
  /** Shared own-word shingles / all distinct ones (for choosing the `same` article among near-equals). */
  jaccard: number;
  /** Quote 4-grams both carry. */
  sharedQuoteShingles: number;
  /** Content words both use, and that count over the smaller vocabulary. */
  sharedTerms: number;
  termOverlap: number;
  /** Subject words (content words less everyday news words) both use, and that count over the smaller set. */
  sharedSubjectTerms: number;
  subjectOverlap: number;
  /** Names both mention anywhere, and names both leads mention. */
  sharedNames: number;
  sharedLeadNames: number;
  /**
   * Documents that use the rarest name both leads mention (its term posting). A name with no
   * posting counts as rare (0) when it is only in one text's quotes, and as common (Infinity) when
   * both use it in their own words: then it was left out of the postings as banal, a name most of
   * the index carries (a campaign's candidates in a library of that campaign). Infinity when no
   * lead name is shared.
   */
  rarestSharedLeadName: number;
}

const sharedCount = (a: readonly string[], b: readonly string[]): number => {
  const set = new Set(b);
  return a.reduce((n, x) => n + (set.has(x) ? 1 : 0), 0);
};

/** How much work one matchStory call did: postings read and candidates scored. */
export interface StoryWork {
  postingsRead: number;
  candidates: number;
}

/**
 * Scores for every candidate corpus article. Everything comes from the postings: a page
 * fingerprint's posting list names the articles that share it, so the shared counts are the
 * hits, and each article's own count is stored with it. (A banal fingerprint, left out of the
 * postings, counts as not shared — as passim ignores its most frequent n-grams.)
 */
export function scoreStory(text: string, quotes: readonly Quote[], index: CorpusIndex, work?: StoryWork): StoryScores[] {
  const page = storyFeatures(text, quotes);
  const pageLeadNames = new Set(page.leadNames);
  const pageTerms = new Set(page.terms);
  return storyCandidates(page, index, work).flatMap(([docIndex, [shared, sharedQuoteShingles, sharedTerms]]) => {
    const doc = index.docs[docIndex];
    if (!doc) return [];
    const counts = doc.fingerprints;
    const smallerVocabulary = Math.min(counts.terms, page.terms.length);
    const union = counts.text + page.fingerprints.length - shared;
    const other = docFeatures(doc);
    const sharedSubjectTerms = sharedCount(page.subjectTerms, other.subjectTerms);
    const smallerSubject = Math.min(page.subjectTerms.length, other.subjectTerms.length);
    return [
      {
        docIndex,
        pageInDoc: page.fingerprints.length ? shared / page.fingerprints.length : 0,
        docInPage: counts.text ? shared / counts.text : 0,
        jaccard: union ? shared / union : 0,
        sharedQuoteShingles,
        sharedTerms,
        termOverlap: smallerVocabulary ? sharedTerms / smallerVocabulary : 0,
        sharedSubjectTerms,
        subjectOverlap: smallerSubject ? sharedSubjectTerms / smallerSubject : 0,
        sharedNames: sharedCount(page.names, other.names),
        sharedLeadNames: sharedCount(page.leadNames, other.leadNames),
        rarestSharedLeadName: Math.min(
          ...other.leadNames.filter((n) => pageLeadNames.has(n)).map((n) => postingList(index.termPostings, n).length || (pageTerms.has(n) && other.terms.includes(n) ? Infinity : 0)),
        ),
      },
    ];
  });
}

/**
 * The candidates a page's features find in the postings: at most MAX_CANDIDATES documents, most
 * shared keys first (then the earlier document), each with its hits [shared text shingles, shared
 * quote shingles, shared content words]. Reads only the postings, never a document, so the stored
 * library index can tell which kept articles to read for a page (utils/library/readLibraryView.ts).
 */
export function storyCandidates(page: Pick<StoryFeatures, 'fingerprints' | 'quoteFingerprints' | 'terms'>, index: Pick<CorpusIndex, 'postings' | 'quotePostings' | 'termPostings'>, work?: StoryWork): Array<[number, [number, number, number]]> {
  // docIndex → [shared text shingles, shared quote shingles, shared content words]
  const hits = new Map<number, [number, number, number]>();
  const hit = (list: readonly number[], kind: 0 | 1 | 2): void => {
    if (work) work.postingsRead += 1;
    for (const d of list) {
      let h = hits.get(d);
      if (!h) hits.set(d, (h = [0, 0, 0]));
      h[kind] += 1;
    }
  };
  for (const f of page.fingerprints) hit(postingList(index.postings, f), 0);
  for (const f of page.quoteFingerprints) hit(postingList(index.quotePostings, f), 1);
  for (const t of page.terms) hit(postingList(index.termPostings, t), 2);
  const total = (h: [number, number, number]): number => h[0] + h[1] + h[2];
  const candidates = [...hits].sort((a, b) => total(b[1]) - total(a[1]) || a[0] - b[0]).slice(0, MAX_CANDIDATES);
  if (work) work.candidates += candidates.length;
  return candidates;
}

/**
 * The relation the scores show, or null when the article is not about the page's occasion.
 * Text reuse (containment) is evidence by itself: `same`, `copy`, `rewrite`. Without it, an article
 * is about the same occasion only on evidence of that occasion — the same people and place named
 * in both leads, or the same remarks quoted at length — AND the same subject; shared vocabulary
 * alone (president, officials, Washington) is not evidence, nor is a subject shared without the
 * occasion's names (see docs/matching.md). The same occasion is also reported within days
 * (OccasionContext.apart).
 */
export function relationOf(s: StoryScores, { topicNameDocs = Infinity, apart = null, relatedUndated = true }: OccasionContext = {}): StoryRelation | null {
  const most = Math.max(s.pageInDoc, s.docInPage);
  if (most >= SAME_MIN_CONTAINMENT && Math.min(s.pageInDoc, s.docInPage) >= SAME_MIN_REVERSE_CONTAINMENT) return 'same';
  if (most >= COPY_MIN_CONTAINMENT) return 'copy';
  if (apart !== null && apart > OCCASION_MAX_DAYS) return null;
  if (most >= REWRITE_MIN_CONTAINMENT) return 'rewrite';
  const sameSubject = s.subjectOverlap >= SUBJECT_MIN_OVERLAP && s.sharedSubjectTerms >= SUBJECT_MIN_SHARED;
  // In a library, leads that share only its recurring names (NASA, Earth) are one beat, not one occasion.
  const sameNames = s.sharedLeadNames >= OCCASION_MIN_LEAD_NAMES && s.sharedNames >= OCCASION_MIN_NAMES && s.rarestSharedLeadName <= topicNameDocs;
  const sameRemarks = s.sharedQuoteShingles >= REWRITE_MIN_SHARED_QUOTE_SHINGLES;
  const longRemark = s.sharedQuoteShingles >= LONG_QUOTE_SHINGLES;
  // The same remarks are the same occasion when both leads name its people and place, or when one remark is quoted at length.
  if (sameRemarks && (sameNames || longRemark)) return 'rewrite';
  // Without shared remarks the names and subject hold for a beat over weeks; the occasion is the day's news.
  if (sameSubject && sameNames && (apart === null ? relatedUndated : apart <= RELATED_MAX_DAYS)) return 'related';
  return null;
}

const RANK: Record<StoryRelation, number> = { same: 0, copy: 1, rewrite: 2, related: 3 };

/** What the page says about itself that matching reads: its publisher (to choose between near-identical
 * corpus articles) and its publication date (the occasion's window). */
export type PagePublisher = Partial<Pick<ArticleInfo, 'siteName' | 'byline' | 'published'>>;

const names = (text: string | null | undefined, name: string): boolean => {
  const haystack = ` ${foldedWords(text ?? '').join(' ')} `;
  const needle = foldedWords(name).join(' ');
  return needle.length > 0 && haystack.includes(` ${needle} `);
};

/**
 * +1 when the page names the corpus article's outlet (site name or byline), -1 when the page
 * names a publisher and the article's known outlet is not it (a page on another site cannot be
 * that outlet's own page, so it is a republication), 0 when nothing is known.
 */
function publisherAgreement(doc: CorpusDoc, page: PagePublisher): number {
  if (!doc.outlet) return 0;
  if (names(page.siteName, doc.outlet) || names(page.byline, doc.outlet)) return 1;
  return page.siteName ? -1 : 0;
}

/** Rules for an index that holds more than the corpus (the reader's library). */
export interface StoryRules {
  /**
   * True when the document comes from the page's own site. Two articles of one site share its
   * template (a bio, a sign-up line, a press-release footer), so between them shared text is not
   * evidence by itself: a `copy` or `rewrite` of the same site is kept only with the evidence of
   * the same occasion that `related` needs (utils/library/sameSite.ts).
   */
  sameSite?: (docId: string) => boolean;
  /**
   * A name used by more documents than this is a recurring topic of the index, not evidence of
   * the occasion (TOPIC_NAME_DOC_SHARE: the library's size decides it; unset for the corpus alone).
   */
  topicNameDocs?: number;
  /**
   * True when a `related` match with the document needs both publication dates. In a library, stories
   * of one beat share names and subject for months, and without dates nothing says they are one day's
   * news (docs/library.md); the bundled corpus is one occasion, checked against real pages as it is.
   */
  relatedNeedsDates?: (docId: string) => boolean;
}

/**
 * Corpus articles about the page's story, best first. `similarity` is the text reuse of the
 * articles' own words: the larger containment (how much of one is found in the other).
 * At most one article is `same`. When several pass as `same` they are near-identical (a report
 * and its republication, once extraction has removed the republisher's furniture, can be the
 * same words), so the page's publisher decides (see publisherAgreement), then the closest text;
 * the others are reported as `copy`.
 */
export function matchStory(text: string, quotes: Quote[], index: CorpusIndex, page: PagePublisher = {}, work?: StoryWork, rules: StoryRules = {}): StoryMatch[] {
  const scored = scoreStory(text, quotes, index, work)
    .map((s) => {
      const doc = index.docs[s.docIndex]!;
      const occasion: OccasionContext = {
        topicNameDocs: rules.topicNameDocs,
        apart: daysApart(page.published, doc.dated) ?? publishedSinceRead(page.published, doc.readAt),
        relatedUndated: !rules.relatedNeedsDates?.(doc.docId),
      };
      return { s, occasion, relation: relationOf(s, occasion), agreement: publisherAgreement(doc, page) };
    })
    .filter((x): x is { s: StoryScores; occasion: OccasionContext; relation: StoryRelation; agreement: number } => x.relation !== null);
  const sameBest = scored.filter((x) => x.relation === 'same').sort((a, b) => b.agreement - a.agreement || b.s.jaccard - a.s.jaccard)[0];
  for (const x of scored) if (x.relation === 'same' && x !== sameBest) x.relation = 'copy';
  const { sameSite } = rules;
  return scored
    // Text shared with an article of the page's own site may be the site's template: without it, is the pair still one occasion?
    .filter(({ s, occasion, relation }) => !sameSite || (relation !== 'copy' && relation !== 'rewrite') || !sameSite(index.docs[s.docIndex]!.docId) || relationOf({ ...s, pageInDoc: 0, docInPage: 0 }, occasion) !== null)
    .map(({ s, relation }) => {
      const doc = index.docs[s.docIndex]!;
      const similarity = Math.round(Math.max(s.pageInDoc, s.docInPage) * 1000) / 1000;
      return { match: { docId: doc.docId, outlet: doc.outletLabel, title: doc.title, similarity, relation, credits: [...doc.credits] }, terms: s.termOverlap };
    })
    .sort((a, b) => RANK[a.match.relation] - RANK[b.match.relation] || b.match.similarity - a.match.similarity || b.terms - a.terms)
    .map((x) => x.match);
}
