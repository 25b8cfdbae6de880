// @vitest-environment happy-dom
// The popup shows every outlet the matcher connects a page quote to, fragments included: a page
// quote lifted out of another outlet's longer quote ("not going to leave NATO") lists that outlet
// with "part of it" and the words around it, never "Crossquote knows of no other outlet that carries this quote".
// The matches are the real matcher's, with each corpus text as the page.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '../../components/Popup';
import { readCorpus } from '../../scripts/readCorpus';
import { buildIndex } from '../../utils/corpus/buildIndex';
import { matchQuotes } from '../../utils/match/matchQuotes';
import { matchStory } from '../../utils/match/matchStory';
import type { Analysis, Quote } from '../../utils/types';
import { fakeReportSource } from './fakeReportSource';
import { fixture } from './fixtures';

afterEach(cleanup);

// The corpus directory from the project root: under happy-dom, readCorpus cannot find it from its own URL.
const index = buildIndex(readCorpus(join(process.cwd(), 'corpus')));
const NONE = 'Crossquote knows of no other outlet that carries this quote.';

/** The analysis of corpus text `docId` as a page, its speakers named by given name as Tribune's "Sir Keir" can be. */
function analysisOf(docId: string): Analysis {
  const doc = index.docs.find((d) => d.docId === docId)!;
  const quotes: Quote[] = doc.quotes.map((q) => ({ ...q, speaker: q.speaker === 'Keir Starmer' ? 'Keir' : q.speaker }));
  const story = matchStory(doc.text, quotes, index);
  const analysis = fixture('corpusPage');
  return { ...analysis, quotes, story, quoteMatches: matchQuotes(quotes, index, story), differences: [] };
}

async function show(analysis: Analysis): Promise<HTMLElement> {
  const view = render(<Popup source={fakeReportSource({ state: 'done', analysis })} tabId={1} fullPage={false} pollMs={10} />);
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Quotes' })).toBeTruthy());
  return view.container as HTMLElement;
}

const itemOf = (container: HTMLElement, quote: Quote): HTMLElement => {
  const button = Array.from(container.querySelectorAll('.quote-text')).find((b) => b.textContent === `“${quote.text}”`);
  return button!.closest('li') as HTMLElement;
};

describe('quote fragments in the popup', () => {
  it.each(['000', '001', '002', '003', '004'])('page = corpus %s: each matched quote names every outlet that carries it', async (docId) => {
    const analysis = analysisOf(docId);
    const container = await show(analysis);
    expect(analysis.quoteMatches.length).toBeGreaterThan(0);
    for (const quote of analysis.quotes) {
      const item = itemOf(container, quote);
      const matches = analysis.quoteMatches.find((m) => m.quoteId === quote.id)?.matches ?? [];
      // Each outlet once (the popup orders lines by how telling they are, not by the matcher's order).
      const outlets = Array.from(item.querySelectorAll('.carriers > li > .outlet')).map((o) => o.textContent);
      expect([...outlets].sort(), quote.text).toEqual([...new Set(matches.map((m) => m.outlet))].sort());
      expect(item.textContent?.includes(NONE), quote.text).toBe(matches.length === 0);
    }
  });

  it('connects Tribune Online’s “not going to leave NATO” to Sky News’s longer quote, with the words around it', async () => {
    const analysis = analysisOf('001');
    const container = await show(analysis);
    const item = itemOf(container, analysis.quotes.find((q) => q.text === 'not going to leave NATO')!);
    const sky = Array.from(item.querySelectorAll('.carriers > li')).find((li) => Array.from(li.querySelectorAll(':scope > .outlet')).some((o) => o.textContent === 'Sky News')) as HTMLElement;
    expect(sky.textContent).toContain('part of it');
    expect(sky.querySelector('ins')?.textContent).toBe('added: clear the US is ');
    expect(item.textContent).not.toContain(NONE);
  });

  it('does not say another outlet “attributes it to” Keir Starmer when the page names him “Keir”', async () => {
    const container = await show(analysisOf('001'));
    const starmer = Array.from(container.querySelectorAll('.carriers')).filter((c) => c.closest('li.quote')?.textContent?.includes('— Keir'));
    expect(starmer.length).toBeGreaterThan(0);
    for (const carriers of starmer) expect(carriers.textContent).not.toContain('attributes it to');
  });

  it('says so when another outlet gives the same long quote to someone else (the page credits Sánchez, 004 Albares)', async () => {
    const analysis = analysisOf('000');
    const source = index.docs.find((d) => d.docId === '004')!.quotes.find((q) => q.text.startsWith('Nobody is currently considering'))!;
    analysis.quotes.push({ ...source, id: 'sanchez', speaker: 'Pedro Sánchez' });
    const quote = analysis.quotes.at(-1)!;
    analysis.quoteMatches = matchQuotes(analysis.quotes, index, analysis.story);
    const container = await show(analysis);
    expect(itemOf(container, quote).textContent).toContain('attributes it to José Manuel Albares');
  });

  it('connects Tribune Online’s two words “key elements” to Sky News’s sentence', async () => {
    const analysis = analysisOf('001');
    const container = await show(analysis);
    const item = itemOf(container, analysis.quotes.find((q) => q.text === 'key elements')!);
    expect(item.textContent).toContain('Sky News');
    expect(item.textContent).toContain('part of it');
    expect(Array.from(item.querySelectorAll('ins')).map((i) => i.textContent)).toContain(
      'added: So I will go to Washington next week to meet President Trump and discuss what we see as the ',
    );
  });

  it('leaves Macron’s “in the coming days” sentence unconnected: no outlet carries it', async () => {
    const analysis = analysisOf('001');
    const container = await show(analysis);
    const item = itemOf(container, analysis.quotes.find((q) => q.text.includes('in the coming days'))!);
    expect(item.textContent).toContain(NONE);
  });
});
