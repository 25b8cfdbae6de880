// What must hold for every Analysis the pipeline returns, beyond its shape (isAnalysis):
// quote spans inside the article text, ids that refer to something, plain JSON.
// Returns the broken rules in words so a failing property says what went wrong.
import { isAnalysis } from '../../utils/validateAnalysis';
import type { Analysis, Quote } from '../../utils/types';

export function quoteProblems(text: string, quotes: readonly Quote[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  let lastStart = -1;
  for (const q of quotes) {
    if (ids.has(q.id)) problems.push(`duplicate quote id ${q.id}`);
    ids.add(q.id);
    if (!(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 0 && q.start <= q.end && q.end <= text.length)) {
      problems.push(`quote ${q.id} span [${q.start}, ${q.end}) outside text of length ${text.length}`);
    } else if (text.slice(q.start, q.end) !== q.text) {
      problems.push(`quote ${q.id} text is not article.text.slice(start, end)`);
    }
    if (q.start < lastStart) problems.push(`quote ${q.id} out of reading order`);
    lastStart = q.start;
  }
  return problems;
}

export function analysisProblems(value: unknown): string[] {
  if (!isAnalysis(value)) return ['not a valid Analysis (isAnalysis is false)'];
  const a: Analysis = value;
  const problems: string[] = [];
  if (a.reason.trim() === '') problems.push('empty reason');
  // The popup links to it: a page must never get a javascript: or data: URL through.
  if (a.url !== null && !/^https?:\/\//i.test(a.url)) problems.push(`url is not http(s): ${a.url}`);
  if (a.isArticle !== (a.article !== null)) problems.push('isArticle and article disagree');
  if (!a.article && (a.quotes.length || a.story.length || a.quoteMatches.length || a.differences.length)) problems.push('results without an article');
  if (a.article) problems.push(...quoteProblems(a.article.text, a.quotes));
  const quoteIds = new Set(a.quotes.map((q) => q.id));
  for (const m of a.quoteMatches) if (!quoteIds.has(m.quoteId)) problems.push(`quoteMatch for unknown quote ${m.quoteId}`);
  const docIds = a.story.map((s) => s.docId);
  if (new Set(docIds).size !== docIds.length) problems.push('a corpus article listed twice in story');
  // It crosses between extension contexts as JSON: it must survive the trip unchanged.
  if (JSON.stringify(JSON.parse(JSON.stringify(a))) !== JSON.stringify(a)) problems.push('not plain JSON');
  if (Object.values(a.timings).some((ms) => !Number.isFinite(ms) || ms < 0)) problems.push('a timing is negative or not finite');
  return problems;
}
