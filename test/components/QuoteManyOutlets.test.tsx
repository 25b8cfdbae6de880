// @vitest-environment happy-dom
// The popup at twenty outlets (issue 17, point 7): outlets that carry a quote in the same
// wording share one line, the most telling line comes first, and the rest folds under "N more".
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { QuoteItem } from '../../components/QuoteItem';
import { StorySection } from '../../components/StorySection';
import { Report } from '../../components/Report';
import type { QuoteMatch } from '../../utils/types';
import { fixture } from './fixtures';

afterEach(cleanup);

type Carrier = QuoteMatch['matches'][number];

function twentyOutlets() {
  const analysis = fixture('corpusPage');
  const entry = analysis.quoteMatches.find((m) => m.matches.length > 0)!;
  const quote = analysis.quotes.find((q) => q.id === entry.quoteId)!;
  const base = entry.matches[0]!;
  const carrier = (n: number, over: Partial<Carrier>): Carrier => ({ ...base, docId: `lib:outlet${n}`, outlet: `Outlet ${n}`, speaker: quote.speaker, ...over });
  const exact: Partial<Carrier> = { relation: 'exact', text: quote.text, diff: [] };
  const reworded: Partial<Carrier> = { relation: 'variant', text: `${quote.text} today`, diff: [{ op: 'added', text: 'today' }] };
  const carriers: Carrier[] = [
    ...Array.from({ length: 12 }, (_, i) => carrier(i + 1, exact)),
    ...Array.from({ length: 5 }, (_, i) => carrier(i + 13, reworded)),
    carrier(18, { relation: 'variant', text: `${quote.text} again`, diff: [{ op: 'added', text: 'again' }] }),
    carrier(19, { relation: 'partial', text: quote.text.split(' ').slice(0, 3).join(' '), diff: [{ op: 'removed', text: 'rest' }] }),
    carrier(20, { ...exact, speaker: 'Someone Else Entirely' }),
  ];
  return { quote, carriers };
}

const linesOf = (container: Element): string[][] =>
  Array.from(container.querySelectorAll('.carriers > li:not(.more)')).map((li) => Array.from(li.querySelectorAll(':scope > .outlet')).map((o) => o.textContent ?? ''));

describe('a quote carried by twenty outlets', () => {
  it('puts the outlets with the same wording on one line, each outlet named once', () => {
    const { quote, carriers } = twentyOutlets();
    const { container } = render(<QuoteItem quote={quote} carriers={carriers} onShow={() => {}} />);
    const lines = linesOf(container);
    expect(lines.flat().sort()).toEqual(carriers.map((c) => c.outlet).sort());
    expect(lines).toContainEqual(Array.from({ length: 12 }, (_, i) => `Outlet ${i + 1}`));
    expect(lines).toContainEqual(['Outlet 13', 'Outlet 14', 'Outlet 15', 'Outlet 16', 'Outlet 17']);
    expect(lines).toHaveLength(5);
  });

  it('shows the most telling line first: another speaker, then other wording, then part of it, then the same words', () => {
    const { quote, carriers } = twentyOutlets();
    const { container } = render(<QuoteItem quote={quote} carriers={carriers} onShow={() => {}} />);
    expect(linesOf(container).map((line) => line[0])).toEqual(['Outlet 20', 'Outlet 13', 'Outlet 18', 'Outlet 19', 'Outlet 1']);
    expect(container.querySelector('.carriers > li')?.textContent).toContain('attributes it to Someone Else Entirely');
  });

  it('folds the lines past the first four under "N more outlets", which opens', () => {
    const { quote, carriers } = twentyOutlets();
    // Every rewording its own: nine lines, the last five folded.
    const distinct = carriers.map((c, i) => (i >= 12 && i < 17 ? { ...c, text: `${quote.text} ${i}`, diff: [{ op: 'added' as const, text: String(i) }] } : c));
    const { container } = render(<QuoteItem quote={quote} carriers={distinct} onShow={() => {}} />);
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(Array.from(container.querySelectorAll('.carriers > li:not(.more)')).filter((li) => !li.closest('details'))).toHaveLength(4);
    fireEvent.click(screen.getByText('16 more outlets'));
    expect(details.open).toBe(true);
    expect(details.querySelectorAll('.outlet')).toHaveLength(16);
  });

  it('does not fold a quote carried by a few outlets', () => {
    const { quote, carriers } = twentyOutlets();
    const { container } = render(<QuoteItem quote={quote} carriers={[carriers[0]!, carriers[12]!, carriers[18]!]} onShow={() => {}} />);
    expect(container.querySelector('details')).toBeNull();
    expect(linesOf(container)).toHaveLength(3);
  });
});

describe('the story and details sections at twenty outlets', () => {
  it('lists five outlets and folds the other fifteen', () => {
    const analysis = fixture('corpusPage');
    const base = analysis.story[0]!;
    analysis.story = Array.from({ length: 20 }, (_, i) => ({ ...base, docId: `lib:story${i + 1}`, outlet: `Outlet ${i + 1}`, relation: i < 2 ? 'copy' : 'related', similarity: 0.9 - i / 100 }));
    const { container } = render(<StorySection analysis={analysis} onOpen={() => {}} />);
    const outer = container.querySelector('ul.story')!;
    expect(outer.querySelectorAll(':scope > li.story-row')).toHaveLength(5);
    expect(screen.getByText('15 more outlets')).toBeTruthy();
    expect(container.querySelectorAll('li.story-row')).toHaveLength(20);
  });

  it('answers "who else carried this" in one line above the folded lists', () => {
    const analysis = fixture('corpusPage');
    const base = analysis.story.find((m) => m.relation !== 'same')!;
    analysis.story = Array.from({ length: 20 }, (_, i) => ({ ...base, docId: `lib:story${i + 1}`, outlet: `Outlet ${i + 1}`, relation: i < 2 ? 'copy' : 'rewrite', similarity: 0.9 - i / 100 }));
    const { container } = render(<Report report={{ state: 'done', analysis }} onShowQuote={() => {}} onOpenReader={() => {}} />);
    const line = container.querySelector('.coverage-summary');
    expect(line?.textContent).toMatch(/^Carried by 20 other outlets \(2 copies, 18 rewrites\)/);
    // It comes before the story list, whose fifteen last outlets fold.
    expect(line!.compareDocumentPosition(container.querySelector('#story-heading')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
