// The shared data types of the pipeline: plain JSON, one line of doc each.
// Field names are the public interface of the CLI and the popup's input (see README).

/** Format version of `Analysis`; bumped only on a breaking change. */
export const ANALYSIS_VERSION = 1 as const;

/** What Crossquote found on one page: the pipeline's single output. */
export interface Analysis {
  /** Format version (always 1 for now). */
  version: typeof ANALYSIS_VERSION;
  /** The --url given, else the page's canonical or og:url, else the document URL when http(s). */
  url: string | null;
  /** Whether the page is a news article. */
  isArticle: boolean;
  /** Why it is or is not a news article, in words a reader understands. */
  reason: string;
  /** The extracted article, or null when the page is not one. */
  article: ArticleInfo | null;
  /** Direct quotations in the body, in reading order. */
  quotes: Quote[];
  /** Corpus (and library) articles about the same story, best first. */
  story: StoryMatch[];
  /** One entry per page quote that the corpus also carries. */
  quoteMatches: QuoteMatch[];
  /** Where the details differ between the page and the matched corpus articles, most telling first. */
  differences: Difference[];
  /** Credits found in the page's own text ("BBC", "Express"). */
  credits: string[];
  /** Set when the analysis stopped early or could not run (time budget, broken index). */
  problem: string | null;
  /** Milliseconds per stage: detect, extract, quotes, match, differences, total. */
  timings: Record<string, number>;
}

/** The article as extracted from the page. */
export interface ArticleInfo {
  /** Headline. */
  title: string;
  /** The publisher's name as the page states it (og:site_name, JSON-LD publisher), if any. */
  siteName: string | null;
  /** Author line, if any. */
  byline: string | null;
  /** Publication time as ISO 8601, if the page gives one. */
  published: string | null;
  /** Language tag of the page (html lang, og:locale, JSON-LD), if any. */
  lang: string | null;
  /** The body as plain text, paragraphs joined by "\n\n"; quote offsets point into it. */
  text: string;
}

/** One direct quotation found in the article text. */
export interface Quote {
  /** Stable id within one Analysis ("q1", "q2", …). */
  id: string;
  /** The quoted words, without the enclosing marks; equals article.text.slice(start, end). */
  text: string;
  /** Canonical name of who said it ("Keir Starmer", "a diplomatic source"), or null when the text does not say. */
  speaker: string | null;
  /** Offset of the first quoted character in article.text. */
  start: number;
  /** Offset just past the last quoted character in article.text. */
  end: number;
  /** True for quoted words embedded in the writer's own sentence ("US backstop", a clause after "that"), not the speaker's own sentence. */
  fragment: boolean;
}

/** How a corpus article relates to the page. */
export type StoryRelation = 'same' | 'copy' | 'rewrite' | 'related';

/** A corpus article about the same story as the page. */
export interface StoryMatch {
  /** Corpus id: the source file's number, "000" … */
  docId: string;
  /** The outlet's name, or an honest description when unknown ("Unnamed outlet"). */
  outlet: string;
  /** The corpus article's headline (or a derived title). */
  title: string;
  /** Text reuse in [0, 1], computed with quoted text removed. */
  similarity: number;
  /** same: this page is that article; copy: near-verbatim; rewrite: same story, other words; related: same event, little shared. */
  relation: StoryRelation;
  /** Whom that corpus article credits ("BBC", "Express"). */
  credits: string[];
  /** Set when the match is an article from the reader's library (its docId is then "lib:…"); absent for the bundled corpus. */
  source?: MatchSource;
}

/** Where a matched article comes from, when it is not the bundled corpus. */
export interface MatchSource {
  kind: 'library';
  /** When the reader read it (ISO 8601). */
  readAt: string;
  /** Its site ("example.org"), or null when the page gave no URL. */
  site: string | null;
  /** Its canonical URL, or null. */
  url: string | null;
}

/** How a corpus quote relates to a page quote. */
export type QuoteRelation = 'exact' | 'partial' | 'variant';

/** One run of a word-level diff from the page's wording to another outlet's. */
export interface DiffPart {
  /** same: both have it; added: only the other outlet has it; removed: only the page has it. */
  op: 'same' | 'added' | 'removed';
  /** The words of the run, with their spacing. */
  text: string;
}

/** The corpus quotes that are the same quote as one page quote. */
export interface QuoteMatch {
  /** The page quote's id. */
  quoteId: string;
  /** Every corpus quote that is the same quote, best first. */
  matches: Array<{
    docId: string;
    outlet: string;
    text: string;
    speaker: string | null;
    relation: QuoteRelation;
    diff: DiffPart[];
  }>;
}

/** One detail on which outlets differ. */
export interface Difference {
  /** Stable id ("attendees", "quote:q3", "credits", …). */
  id: string;
  /** What the difference is about, for a reader ("Who attended the Paris meeting"). */
  topic: string;
  /** Kind of difference, for ordering and display. */
  kind: 'quote' | 'list' | 'credits' | 'number' | 'spelling' | 'only-here';
  /** The value each outlet gives; the page is docId "page". */
  values: Array<{ docId: string; outlet: string; value: string | string[] }>;
  /** For lists: every member any outlet names, in a stable order (table columns). */
  members?: string[];
  /** For lists: outlets whose list ends in "and others" (not a list that excludes). */
  openEnded?: string[];
}
