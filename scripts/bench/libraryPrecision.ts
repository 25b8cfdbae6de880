// Library precision on real pages: each article of a library file (e.g. `npm run library` over a
// folder of real saved pages, all different stories) is compared with the corpus and the rest
// of the library, as if read last. Every match it gets is listed with both titles, so each can be
// judged: on a collection of unrelated stories, a match is a false alarm unless the two really
// cover the same event. Figures per half of the file (lines in file order).
// Run: npx tsx scripts/bench/libraryPrecision.ts library.jsonl
import { readFileSync } from 'node:fs';
import { readCorpus } from '../readCorpus';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { emptyAnalysis } from '../../utils/pipeline/emptyAnalysis';
import { parseLibraryJsonl } from '../../utils/library/parseLibraryJsonl';
import { createLibraryIndex } from '../../utils/library/libraryIndex';
import { addToLibraryIndex } from '../../utils/library/addToLibraryIndex';
import { removeFromLibraryIndex } from '../../utils/library/removeFromLibraryIndex';
import { compareWithLibrary } from '../../utils/library/compareWithLibrary';
import type { LibraryArticle } from '../../utils/library/libraryArticle';
import type { Analysis } from '../../utils/types';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/bench/libraryPrecision.ts <library.jsonl>');
  process.exit(2);
}
const parsed = parseLibraryJsonl(readFileSync(file, 'utf8'));
if (!parsed.ok) {
  console.error(`libraryPrecision: ${parsed.reason}`);
  process.exit(2);
}
const articles = parsed.articles;
const index = createLibraryIndex(buildIndex(readCorpus()));
for (const a of articles) addToLibraryIndex(index, a);

const asReading = (a: LibraryArticle): Analysis => ({
  ...emptyAnalysis('This is a news article.', a.url),
  isArticle: true,
  article: { title: a.title, siteName: a.outlet, byline: a.byline, published: a.published, lang: a.lang, text: a.text },
  quotes: a.quotes,
  credits: a.credits,
});

const byId = new Map(articles.map((a) => [a.id, a]));
/** Days between two publication dates, when both are known: a match across weeks is rarely one occasion. */
const apart = (a: LibraryArticle, docId: string): string => {
  const other = byId.get(docId);
  const days = Math.abs(Date.parse(a.published ?? '') - Date.parse(other?.published ?? '')) / 86_400_000;
  return Number.isFinite(days) ? ` (${Math.round(days)} d apart)` : '';
};

const half = Math.ceil(articles.length / 2);
const results = articles.map((a, i) => {
  removeFromLibraryIndex(index, a.id);
  const analysis = compareWithLibrary(asReading(a), index);
  addToLibraryIndex(index, a);
  return { i, a, title: a.title, site: a.site, story: analysis.story, quoteMatches: analysis.quoteMatches.reduce((n, q) => n + q.matches.length, 0) };
});

for (const [name, part] of [['first half', results.slice(0, half)], ['second half', results.slice(half)]] as const) {
  const matched = part.filter((r) => r.story.length > 0);
  const byRelation: Record<string, number> = {};
  for (const r of part) for (const s of r.story) byRelation[`${s.source ? 'library' : 'corpus'} ${s.relation}`] = (byRelation[`${s.source ? 'library' : 'corpus'} ${s.relation}`] ?? 0) + 1;
  console.log(`${name}: ${part.length} articles, ${matched.length} with any match; matches by relation: ${JSON.stringify(byRelation)}; quote matches: ${part.reduce((n, r) => n + r.quoteMatches, 0)}`);
  for (const r of matched) for (const s of r.story) console.log(`  [${r.i + 1}] ${r.site} "${r.title.slice(0, 70)}" ~ ${s.relation} ${s.similarity} ${s.outlet}: "${s.title.slice(0, 70)}"${apart(r.a, s.docId)}`);
}
