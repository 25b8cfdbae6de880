// Fixture analyses, checked against the Analysis schema on load so a fixture cannot drift
// from the contract unnoticed. structuredClone so a test may change its copy freely.
import type { Analysis } from '../../utils/types';
import { isAnalysis } from '../../utils/validateAnalysis';
import corpusPage from './fixtures/corpus-page.json';
import newArticle from './fixtures/new-article.json';
import noMatch from './fixtures/no-match.json';
import notArticle from './fixtures/not-article.json';
import hostile from './fixtures/hostile.json';

const all = { corpusPage, newArticle, noMatch, notArticle, hostile };

export function fixture(name: keyof typeof all): Analysis {
  const value: unknown = structuredClone(all[name]);
  if (!isAnalysis(value)) throw new Error(`fixture ${name} is not a valid Analysis`);
  return value;
}
