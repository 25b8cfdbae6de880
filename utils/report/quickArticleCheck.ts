// A cheap first look (well under a millisecond) so plainly non-article pages (search results,
// web apps, blank pages) cost nothing: an article has some paragraphs of running text.
// Deliberately generous: anything it lets through is judged properly by detectArticle.

/** Characters of paragraph text below which a page cannot hold a news article. */
const MIN_PARAGRAPH_TEXT = 400;

export function quickArticleCheck(doc: Document): { ok: boolean; reason: string } {
  if (!doc.body) return { ok: false, reason: 'The page has no body text.' };
  let total = 0;
  for (const p of Array.from(doc.body.getElementsByTagName('p'))) {
    total += (p.textContent ?? '').trim().length;
    if (total >= MIN_PARAGRAPH_TEXT) return { ok: true, reason: '' };
  }
  return { ok: false, reason: 'The page has too little running text to be a news article.' };
}
