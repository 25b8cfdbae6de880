// The numbers story matching decides by, in one place, each with the reason for its value.
// Measured on the corpus, the new summit fixtures and real pages (docs/matching.md has the tables).

/** Words per text shingle. 5-grams: long enough that unrelated news text shares almost none
 * (field: unrelated articles' 5-gram Jaccard < 0.02), short enough to survive light edits. */
export const TEXT_SHINGLE_SIZE = 5;

/** Words per quote shingle. Quotes are short ("US backstop", "completely premature"), so 4. */
export const QUOTE_SHINGLE_SIZE = 4;

/** `same`: one text is (almost) wholly inside the other — the same article in another site's template
 * keeps every sentence of its body (corpus texts inside site templates measure 1.00)… */
export const SAME_MIN_CONTAINMENT = 0.9;
/** …and at least this much holds the other way too: furniture added or removed by a template or an
 * aggregator (captions, "Read more" links, "Articles You May Like") can be a third or more of the
 * shingles (000 is 002 plus furniture: 0.71; 000 inside a template, its furniture stripped: 0.63).
 * Among several such articles the best one is `same`, the others `copy`. */
export const SAME_MIN_REVERSE_CONTAINMENT = 0.55;

/** `copy`: this much of one text's own-word shingles is found in the other (containment, asymmetric,
 * so a copy with paragraphs dropped or furniture added still counts). The field saw syndicated copies
 * keep ≥ 0.47; corpus 000 vs 002 measure 0.69 / 1.00; the rewrites measure ≤ 0.03. */
export const COPY_MIN_CONTAINMENT = 0.47;

/** `rewrite` by text: a tenth of the own words shared is more than a common event explains. */
export const REWRITE_MIN_CONTAINMENT = 0.1;

/** `rewrite` by remarks: this many shared quote 4-grams means both carry the same remarks (a 6-word run).
 * Corpus rewrites share 5–42; an unrelated page shares 0–1 (a banal "in the coming days"). On its own a
 * 6-word run can be a stock phrase, so it also needs the occasion's names in both leads, or LONG_QUOTE_SHINGLES. */
export const REWRITE_MIN_SHARED_QUOTE_SHINGLES = 3;

/** `related` and `rewrite` by remarks need the same subject: this share of subject words (content words
 * less COMMON_NEWS_WORDS) in common, over the smaller set (overlap coefficient)… Same-event articles
 * measure 0.13–0.31 on the corpus and the new summit fixtures. */
export const SUBJECT_MIN_OVERLAP = 0.1;
/** …and this many of them, so that a short text cannot match on a handful (same-event pairs share 7–35). */
export const SUBJECT_MIN_SHARED = 6;

/** The same occasion: both leads (first LEAD_WORDS words) name this many of the same people or places —
 * every report of the Paris meeting names Starmer and Paris in its first sentences; an article on another
 * subject that shares common words by the dozen shares at most one lead name… */
export const OCCASION_MIN_LEAD_NAMES = 2;
/** …and the whole texts name this many in common (same-event pairs: 3–9). */
export const OCCASION_MIN_NAMES = 3;

/** In a reader's library (many articles on many subjects), a name carried by more than this share of the
 * documents (and than TOPIC_NAME_MIN_DOCS) is a recurring topic — NASA, Earth, Apple — not the occasion:
 * two leads that share only such names are two stories of one beat (a map of Titan and water on Europa;
 * a gadget list and a laptop discount). Same-event pairs share at least one rarer lead name (the
 * scrapinghub suite's library, first half by file name: the rarest shared lead name of every true pair is
 * in ≤ 4 of 183 documents; of the false ones in 9–15). Not applied to the bundled corpus alone. */
export const TOPIC_NAME_DOC_SHARE = 0.03;
export const TOPIC_NAME_MIN_DOCS = 5;

/** A shared run of quoted words this long (in quote 4-grams: 8 = an 11-word run) is one remark reported
 * by both: evidence of the same occasion by itself, without the lead names. */
export const LONG_QUOTE_SHINGLES = 8;

/** The same occasion is reported within days: evidence of it without shared text (`related`, and
 * `rewrite` by remarks) and a rewrite's shared text count only between texts published at most this
 * many days apart, when both dates are known (a copy is a copy whenever it ran). On PolNeAR's 913
 * articles of one beat (the 2016 campaign, seven outlets, dated by file name) as a library, 227 of
 * the 313 `related` matches were more than a week apart: the same campaign, a stump line repeated for
 * months, not one occasion (docs/library.md). Field: story link detection and story clustering use a
 * time window of days (field notes). */
export const OCCASION_MAX_DAYS = 3;
/** …and `related` (no shared text, no shared remarks: only the occasion's names and subject) only
 * between texts published on the same day or the next. On that library, of 16 `related` pairs up to
 * 3 days apart judged by hand, the 7 two or three days apart were none the same occasion (the eve of
 * a primary and the debate two days later); of the 9 within a day, 4 were, 3 were borderline. */
export const RELATED_MAX_DAYS = 1;

/** Words of a text's lead: its headline or standfirst and first sentences, which say what occasion it reports. */
export const LEAD_WORDS = 80;

/** A posting list longer than this share of the corpus (and than BANAL_MIN_DOCS) marks a banal
 * fingerprint or word, left out of the postings (Churnalism dropped fragments in ≥ 30% of documents;
 * passim ignores n-grams in > 100 documents). */
export const BANAL_DOC_SHARE = 0.3;
/** Below this many documents nothing is banal: a small corpus about one event shares much vocabulary. */
export const BANAL_MIN_DOCS = 50;

/** Most candidate documents scored per page, by postings hits; keeps the work bounded at any corpus size. */
export const MAX_CANDIDATES = 50;
