// The eval's counts from its per-page results, and their printout.
import type { PageResult } from './evaluatePage';
import { overlapScores, type Overlap } from './overlapF1';
import type { Suite } from './groundTruth';
import type { CliCheck } from './runCliCheck';

interface Scores {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

export interface GroupSummary {
  pages: number;
  articlesFound: number;
  /** Pages labelled news articles, and how many of them were found. */
  news: { pages: number; found: number; missed: string[] };
  /** Front pages that must be rejected, and those that were read as articles. */
  fronts: { pages: number; wronglyFound: string[] };
  /** Not-article reasons (numbers folded to N) -> pages. */
  notArticles: Record<string, string[]>;
  /** Pages whose reading hit a problem (a limit, a failure). */
  problems: Record<string, string[]>;
  storyMatch: string[];
  quoteMatch: string[];
  difference: string[];
  crashes: Array<{ name: string; error: string }>;
  /** Extraction on the pages we detected that have a true body: ours beside Readability's alone. */
  extraction: { ours: Scores; readability: Scores } | null;
  /** Ours on every news page with a true body, a missed page counting as an empty extraction. */
  extractionAllNews: Scores | null;
}

export interface Summary {
  suite: Suite;
  all: GroupSummary;
  /** The benchmark's halves by file name: the first tuned on, the second reported on. */
  halves?: { first: GroupSummary; second: GroupSummary };
  cli: CliCheck | null;
}

const fold = (reason: string): string => reason.replace(/\d[\d,.]*/g, 'N');

function push(map: Record<string, string[]>, key: string, name: string): void {
  (map[key] ??= []).push(name);
}

function group(results: PageResult[]): GroupSummary {
  const out: GroupSummary = {
    pages: results.length, articlesFound: 0, news: { pages: 0, found: 0, missed: [] }, fronts: { pages: 0, wronglyFound: [] },
    notArticles: {}, problems: {}, storyMatch: [], quoteMatch: [], difference: [], crashes: [], extraction: null, extractionAllNews: null,
  };
  const ours: Overlap[] = [];
  const theirs: Overlap[] = [];
  const allNews: Overlap[] = [];
  for (const r of results) {
    if (r.crash !== null) {
      out.crashes.push({ name: r.name, error: r.crash });
      if (r.label === 'news') {
        out.news.pages++;
        out.news.missed.push(r.name);
      }
      continue;
    }
    if (r.isArticle) out.articlesFound++;
    else push(out.notArticles, fold(r.reason), r.name);
    if (r.problem) push(out.problems, fold(r.problem), r.name);
    if (r.label === 'news') {
      out.news.pages++;
      if (r.isArticle) out.news.found++;
      else out.news.missed.push(r.name);
      if (r.ours) allNews.push(r.ours);
    }
    if (r.label === 'front') {
      out.fronts.pages++;
      if (r.isArticle) out.fronts.wronglyFound.push(r.name);
    }
    if (r.stories) out.storyMatch.push(r.name);
    if (r.quoteMatches) out.quoteMatch.push(r.name);
    if (r.differences) out.difference.push(r.name);
    if (r.isArticle && r.ours && r.readability) {
      ours.push(r.ours);
      theirs.push(r.readability);
    }
  }
  if (ours.length) out.extraction = { ours: overlapScores(ours), readability: overlapScores(theirs) };
  if (allNews.length) out.extractionAllNews = overlapScores(allNews);
  return out;
}

export function summarise(suite: Suite, results: PageResult[], cli: CliCheck | null): Summary {
  const summary: Summary = { suite, all: group(results), cli };
  if (suite === 'benchmark') {
    const half = Math.ceil(results.length / 2);
    summary.halves = { first: group(results.slice(0, half)), second: group(results.slice(half)) };
  }
  return summary;
}

const f = (n: number): string => n.toFixed(3);
/** Page names as printed: the benchmark's 64-digit hashes cut to their first 12 (the JSON keeps them whole). */
const short = (name: string): string => (/^[0-9a-f]{64}/.test(name) ? name.slice(0, 12) + name.slice(64) : name);
const names = (list: string[]): string => (list.length ? ` (${list.map(short).join(', ')})` : '');

function printGroup(title: string, g: GroupSummary): void {
  console.log(`\n== ${title}`);
  console.log(`pages ${g.pages}, articles found ${g.articlesFound}`);
  if (g.news.pages) console.log(`news articles found ${g.news.found}/${g.news.pages}${names(g.news.missed.map((n) => `missed ${n}`))}`);
  if (g.fronts.pages) console.log(`front pages rejected ${g.fronts.pages - g.fronts.wronglyFound.length}/${g.fronts.pages}${names(g.fronts.wronglyFound)}`);
  for (const [reason, list] of Object.entries(g.notArticles).sort((a, b) => b[1].length - a[1].length)) console.log(`not an article ×${list.length}: ${reason}${names(list)}`);
  for (const [problem, list] of Object.entries(g.problems)) console.log(`problem ×${list.length}: ${problem}${names(list)}`);
  console.log(`story match ${g.storyMatch.length}${names(g.storyMatch)}`);
  console.log(`quote match ${g.quoteMatch.length}${names(g.quoteMatch)}`);
  console.log(`difference ${g.difference.length}${names(g.difference)}`);
  console.log(`crashes ${g.crashes.length}${names(g.crashes.map((c) => `${c.name}: ${c.error}`))}`);
  if (g.extraction) {
    const { ours, readability } = g.extraction;
    console.log(`extraction F1 on ${ours.pages} detected pages: ours ${f(ours.f1)} (P ${f(ours.precision)} R ${f(ours.recall)}), Readability alone ${f(readability.f1)} (P ${f(readability.precision)} R ${f(readability.recall)})`);
  }
  if (g.extractionAllNews) console.log(`extraction F1 on all ${g.extractionAllNews.pages} news pages (missed = empty): ${f(g.extractionAllNews.f1)}`);
}

export function printSummary(summary: Summary): void {
  printGroup(`${summary.suite}: all pages`, summary.all);
  if (summary.halves) {
    printGroup('first half by name (tuned on)', summary.halves.first);
    printGroup('second half by name (reported on)', summary.halves.second);
  }
  if (summary.cli) {
    console.log(`\n== CLI exit codes: ${Object.entries(summary.cli.codes).map(([code, n]) => `${code}: ${n}`).join(', ')}`);
    for (const failure of summary.cli.failures) console.log(`exit ${failure.code} ${failure.name}: ${failure.stderr}`);
  }
}
