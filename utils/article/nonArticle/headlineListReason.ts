// A news front page or section front: many headlines linking to other articles and no body of
// its own. Each teaser sits in its own card, so the page's best run of prose stays short.
// Articles carry headline links too (a related-stories rail, a "most read" list, an endless
// "more stories" section): a page that declares itself one article (JSON-LD article type,
// og:type article or microdata around its body) and has a body of its own beside them is read
// as the article. Fronts either declare themselves as a collection (declaredTypeReason) or have
// no run of prose that long.
import type { PageFacts } from '../readPageFacts';
import { declaresArticle } from '../declaresArticle';

const MIN_HEADLINES = 8;
/** Weighted characters of one run of prose that make a body, on a page that says it is an article. */
const MIN_DECLARED_BODY = 300;

export function headlineListReason(facts: PageFacts): string | null {
  const { doc, prose, meta, scan } = facts;
  if (prose.paragraphs >= 3 && prose.weight >= 1000) return null;
  if (declaresArticle(facts) && prose.weight >= MIN_DECLARED_BODY) return null;
  const headlines = scan.headlineLinks;
  if (headlines < MIN_HEADLINES) return null;
  const address = meta.canonical ?? meta.ogUrl ?? doc.URL;
  let path = '';
  try {
    path = new URL(address).pathname;
  } catch {
    path = '?';
  }
  const what = path === '/' || path === '' ? 'a news front page' : 'a section front';
  return `This is ${what}: ${headlines} headlines linking to other articles, and no article body of its own.`;
}
