// International text: the quote marks of other languages are read as quotes, and an article
// in another language gets an honest state (an article, its quotes, no invented comparison).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { analyze } from '../../utils/analyze';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { extractQuotes } from '../../utils/quotes/extractQuotes';
import { readCorpus } from '../../scripts/readCorpus';
import { analysisProblems } from '../property/analysisProblems';

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';

describe('quote marks of other languages', () => {
  it.each([
    ['German „…“', '„Wir sind bereit, Verantwortung zu übernehmen“, sagte Bundeskanzler Olaf Scholz am Montag.', 'Wir sind bereit, Verantwortung zu übernehmen'],
    ['German »…«', '»Wir sind bereit, Verantwortung zu übernehmen«, sagte Bundeskanzler Olaf Scholz am Montag.', 'Wir sind bereit, Verantwortung zu übernehmen'],
    ['French « … » with spaces', '« Nous sommes prêts à prendre nos responsabilités », a déclaré Emmanuel Macron lundi.', 'Nous sommes prêts à prendre nos responsabilités'],
    ['French « … » with no-break spaces', `«${NBSP}Nous sommes prêts à prendre nos responsabilités${NBSP}», a déclaré Emmanuel Macron lundi.`, 'Nous sommes prêts à prendre nos responsabilités'],
    ['French « … » with narrow no-break spaces', `«${NARROW_NBSP}Nous sommes prêts à prendre nos responsabilités${NARROW_NBSP}», a déclaré Emmanuel Macron lundi.`, 'Nous sommes prêts à prendre nos responsabilités'],
    ['French «…» without spaces', '«Nous sommes prêts à prendre nos responsabilités», a déclaré Emmanuel Macron lundi.', 'Nous sommes prêts à prendre nos responsabilités'],
    ['Japanese 「…」', '「我々は欧州の安全保障に責任を持つ」と首相は述べた。', '我々は欧州の安全保障に責任を持つ'],
    ['Japanese 『…』', '『我々は欧州の安全保障に責任を持つ』と首相は述べた。', '我々は欧州の安全保障に責任を持つ'],
    ['Swiss ‹…›', '‹Wir sind bereit, Verantwortung zu übernehmen›, sagte Bundesrat Ignazio Cassis.', 'Wir sind bereit, Verantwortung zu übernehmen'],
    ['Arabic «…» in right-to-left text', 'قال رئيس الوزراء: «نحن مستعدون لتحمل مسؤولياتنا» في باريس.', 'نحن مستعدون لتحمل مسؤولياتنا'],
  ])('%s', (_name, text, quoted) => {
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual([quoted]);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quoted);
  });
});

describe('articles in other languages', () => {
  const index = buildIndex(readCorpus());
  const read = (path: string): ReturnType<typeof analyze> =>
    analyze(new JSDOM(readFileSync(new URL(path, import.meta.url), 'utf8'), { url: 'https://news.example/a' }).window.document, index);

  it('a French report of the Paris summit is an article with its «…» quotes; details are not compared in a language they cannot be read in', () => {
    const result = read('./pages/french-summit.html');
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(true);
    expect(result.problem).toBeNull();
    expect(result.article?.lang).toMatch(/^fr/);
    expect(result.quotes.map((q) => q.text)).toEqual(
      expect.arrayContaining(['C’est une question existentielle pour l’Europe tout entière', 'complètement prématuré', 'Nous devons en faire davantage pour notre propre sécurité']),
    );
    // A translation is not a copy or a rewrite of an English report.
    for (const match of result.story) expect(match.relation).toBe('related');
    // The page names the attendees and the Washington trip in French: no "not stated" claims.
    expect(result.differences).toEqual([]);
  });

  it.each([
    ['German', '../fixtures/german-article/page.html', /^de/, 'Wir haben bei der Prüfung Schweißnähte gefunden, die nicht den Vorgaben entsprechen'],
    ['Japanese', '../fixtures/japanese-article/page.html', /^ja/, '開花の時期は、これからの気温の変化によって前後する可能性がある。最新の情報を確認してお花見の計画を立ててほしい'],
    ['Arabic', '../fixtures/arabic-article/page.html', /^ar/, 'نريد أن يكون المعرض مساحة للحوار بين الكتّاب والقرّاء، وأن يصل الكتاب إلى كل بيت'],
  ])('an article in %s about something else: an article, its quotes, no corpus match', (_lang, path, lang, quote) => {
    const result = read(path);
    expect(analysisProblems(result)).toEqual([]);
    expect(result.isArticle).toBe(true);
    expect(result.problem).toBeNull();
    expect(result.article?.lang).toMatch(lang);
    expect(result.quotes.map((q) => q.text)).toContain(quote);
    expect(result.story).toEqual([]);
    expect(result.differences).toEqual([]);
  });
});
