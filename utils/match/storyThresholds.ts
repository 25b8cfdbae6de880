// The numbers story matching decides by, in one place, each with the reason for its value.
// Measured on the corpus (see README "The corpus and matching" for the table).

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

/** `rewrite` by remarks: this many shared quote 4-grams means both carry the same remarks. Corpus rewrites
 * share 5–42; an unrelated page shares 0–1 (a banal "in the coming days"). */
export const REWRITE_MIN_SHARED_QUOTE_SHINGLES = 3;

/** `related`: share of content words in common (overlap coefficient). Same-event articles
 * measure 0.18–0.44 on the corpus and the new fixture articles; an unrelated article ≤ 0.05. */
export const RELATED_MIN_TERM_OVERLAP = 0.12;

/** `related` also needs this many shared content words, so that a short text cannot match on the names
 * every Ukraine story carries ("president", "Zelensky", "Russia", "talks", "Kyiv": a story about another
 * meeting shares 8–11 of them); same-event articles share 18 or more (corpus pairs 28–64). */
export const RELATED_MIN_SHARED_TERMS = 12;

/** A posting list longer than this share of the corpus (and than BANAL_MIN_DOCS) marks a banal
 * fingerprint or word, left out of the postings (Churnalism dropped fragments in ≥ 30% of documents;
 * passim ignores n-grams in > 100 documents). */
export const BANAL_DOC_SHARE = 0.3;
/** Below this many documents nothing is banal: a small corpus about one event shares much vocabulary. */
export const BANAL_MIN_DOCS = 50;

/** Most candidate documents scored per page, by postings hits; keeps the work bounded at any corpus size. */
export const MAX_CANDIDATES = 50;
