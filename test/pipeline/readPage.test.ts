import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readPage, readPageInSteps } from '../../utils/pipeline/readPage';

const page = (name: string): Document =>
  new JSDOM(readFileSync(new URL(`../fixtures/${name}/page.html`, import.meta.url), 'utf8')).window.document;
const withoutTimings = ({ timings: _t, ...rest }: ReturnType<typeof readPage>) => rest;

describe('readPageInSteps', () => {
  it('gives the page the thread back between stages and reads the same article as readPage', async () => {
    let pauses = 0;
    const stepped = await readPageInSteps(page('corpus-002-broadcaster'), async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(8); // before detect, the copy, extraction, three warm-ups, quotes and credits
    expect(stepped.quotes.length).toBeGreaterThan(5);
    expect(withoutTimings(stepped)).toEqual(withoutTimings(readPage(page('corpus-002-broadcaster'))));
  });

  it('stops after detection on a page that is not an article', async () => {
    let pauses = 0;
    const stepped = await readPageInSteps(page('news-homepage'), async () => {
      pauses++;
    });
    expect(stepped.isArticle).toBe(false);
    expect(pauses).toBe(1);
  });

  it('does not count the time the page had between stages against the budget', async () => {
    let t = 0;
    const stepped = await readPageInSteps(
      page('corpus-002-broadcaster'),
      async () => {
        t += 60_000; // the page was busy for a minute between two stages
      },
      { now: () => t, limits: { timeBudgetMs: 5_000 } },
    );
    expect(stepped.problem).toBeNull();
    expect(stepped.isArticle).toBe(true);
  });

  it('turns a stage that throws into a clear problem, never an exception', async () => {
    const doc = page('corpus-002-broadcaster');
    Object.defineProperty(doc, 'documentElement', { get: () => { throw new Error('hostile getter'); } });
    const stepped = await readPageInSteps(doc, async () => {});
    expect(stepped.isArticle).toBe(false);
    expect(stepped.problem).toContain('hostile getter');
  });
});
