// @vitest-environment happy-dom
// The popup in every state, through a test double of ReportSource (no browser needed).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Popup } from '../../components/Popup';
import { NO_MATCH_TEXT } from '../../components/StateMessage';
import type { ReportState } from '../../utils/messages';
import { fakeReportSource } from './fakeReportSource';
import { fixture } from './fixtures';

afterEach(cleanup);

const TAB = 7;

async function renderReport(report: ReportState, options: { fullPage?: boolean } = {}) {
  const source = fakeReportSource(report);
  const view = render(<Popup source={source} tabId={TAB} fullPage={options.fullPage ?? false} pollMs={10} />);
  const root = () => view.container.querySelector('main') as HTMLElement;
  if (report.state !== 'analysing') await waitFor(() => expect(root().dataset.state).not.toBe('analysing'));
  return { source, root, view };
}

describe('Popup states', () => {
  it('says it is reading while the content script is analysing, then shows the report when it is done', async () => {
    const { source, root } = await renderReport({ state: 'analysing' });
    expect(root().dataset.state).toBe('analysing');
    expect(screen.getByText('Reading this page…')).toBeTruthy();
    source.report = { state: 'done', analysis: fixture('corpusPage') };
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
    expect(source.calls.getReport.every((id) => id === TAB)).toBe(true);
    expect(source.calls.getReport.length).toBeGreaterThan(1);
  });

  it('shows why a page is not a news article', async () => {
    const analysis = fixture('notArticle');
    const { root } = await renderReport({ state: 'done', analysis });
    expect(root().dataset.state).toBe('not-article');
    expect(screen.getByText('This page is not a news article')).toBeTruthy();
    expect(screen.getByText(analysis.reason)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Quotes' })).toBeNull();
  });

  it('says an article about something else is not part of the coverage it knows, and still lists its quotes', async () => {
    const { root } = await renderReport({ state: 'done', analysis: fixture('noMatch') });
    expect(root().dataset.state).toBe('no-match');
    expect(screen.getByText(NO_MATCH_TEXT)).toBeTruthy();
    expect(NO_MATCH_TEXT).toContain('Crossquote knows the coverage of the Paris summit of February 2025; this article is not part of it');
    expect(screen.getByRole('heading', { name: 'Quotes' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Same story elsewhere' })).toBeNull();
    expect(screen.getAllByText('Crossquote knows of no other outlet that carries this quote.')).toHaveLength(2);
  });

  it('says so on a page where extensions cannot run', async () => {
    const message = "Browsers don't let extensions run on their add-on stores, so Crossquote can't read this page.";
    const { root } = await renderReport({ state: 'unsupported', message });
    expect(root().dataset.state).toBe('unsupported');
    expect(screen.getByText("Crossquote can't run on this page")).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('gives a short message when the analysis failed, and says the page is untouched', async () => {
    const { root } = await renderReport({ state: 'failed', message: "Crossquote's bundled corpus could not be loaded." });
    expect(root().dataset.state).toBe('failed');
    expect(screen.getByText("Crossquote's bundled corpus could not be loaded.")).toBeTruthy();
    expect(screen.getByText('The page was not changed.')).toBeTruthy();
  });

  it('shows what it found and says why the analysis stopped early', async () => {
    const analysis = fixture('newArticle');
    analysis.problem = 'The page is very large: Crossquote stopped comparing details after 150 ms.';
    const { root } = await renderReport({ state: 'done', analysis });
    expect(root().dataset.state).toBe('ready');
    expect(screen.getByRole('note').textContent).toBe('The page is very large: Crossquote stopped comparing details after 150 ms.');
    expect(screen.getByRole('heading', { name: 'Quotes' })).toBeTruthy();
  });

  it('counts a page that could not be read at all as failed, with the reason', async () => {
    const analysis = fixture('notArticle');
    analysis.reason = 'The page is too large to analyse: it has more than 30,000 elements.';
    analysis.problem = analysis.reason;
    const { root } = await renderReport({ state: 'done', analysis });
    expect(root().dataset.state).toBe('failed');
    expect(screen.getByText('The page is too large to analyse: it has more than 30,000 elements.')).toBeTruthy();
    expect(screen.getByText('The page was not changed.')).toBeTruthy();
  });

  it('says there is nothing to read when there is no tab', () => {
    const view = render(<Popup source={fakeReportSource({ state: 'analysing' })} tabId={null} />);
    expect(view.container.querySelector('main')?.dataset.state).toBe('unsupported');
  });
});

describe('Popup header', () => {
  it.each([
    ['the corpus article itself', 'corpusPage', (a: ReturnType<typeof fixture>) => a, "This is Sky News's report"],
    [
      'the same text as an unnamed outlet (a copy: which came first is not known)',
      'corpusPage',
      (a: ReturnType<typeof fixture>) => ({ ...a, story: a.story.filter((s) => s.relation !== 'same') }),
      "The same text as an unnamed outlet's report (republishes Sky News)",
    ],
    [
      'a corpus article whose text names no outlet',
      'corpusPage',
      (a: ReturnType<typeof fixture>) => ({ ...a, story: a.story.map((s) => (s.relation === 'same' ? { ...s, outlet: 'Unnamed outlet' } : s)) }),
      "This is one of the corpus's reports (its text does not name the outlet)",
    ],
    ['a rewrite crediting the BBC', 'newArticle', (a: ReturnType<typeof fixture>) => ({ ...a, credits: ['BBC'] }), 'A rewrite — credits BBC'],
    ['a rewrite crediting no one', 'newArticle', (a: ReturnType<typeof fixture>) => a, 'A rewrite of the story — it credits no one'],
  ] as const)('names the relation for %s', async (_what, name, change, line) => {
    await renderReport({ state: 'done', analysis: change(fixture(name)) });
    expect(screen.getByText(line)).toBeTruthy();
  });

  it("shows the page's outlet and title", async () => {
    await renderReport({ state: 'done', analysis: fixture('newArticle') });
    expect(screen.getByText('Meridian Daily')).toBeTruthy();
    expect(screen.getByText("Spain says no troops for Ukraine yet as Starmer urges Europe to 'do more'")).toBeTruthy();
  });
});

describe('Same story elsewhere', () => {
  it('lists every other outlet with relation, shared text and credits, and opens its text in the reader', async () => {
    const { source } = await renderReport({ state: 'done', analysis: fixture('corpusPage') });
    const section = screen.getByRole('heading', { name: 'Same story elsewhere' }).closest('section') as HTMLElement;
    const rows = within(section).getAllByRole('listitem');
    // Five corpus articles matched; the one that is this page is not "elsewhere".
    expect(rows).toHaveLength(4);
    expect(rows[0]?.textContent).toContain('Unnamed outlet (republishes Sky News)');
    expect(rows[0]?.textContent).toContain('near-verbatim copy');
    expect(rows[0]?.textContent).toContain('97% of wording shared');
    expect(rows[2]?.textContent).toContain('credits BBC and Express');
    expect(rows[3]?.textContent).toContain('credits no one');
    fireEvent.click(within(section).getByRole('button', { name: 'Tribune Online' }));
    expect(source.calls.openReader).toEqual(['001']);
  });

  it('says when only the page itself matched', async () => {
    const analysis = fixture('corpusPage');
    analysis.story = analysis.story.filter((s) => s.relation === 'same');
    await renderReport({ state: 'done', analysis });
    expect(screen.getByText('Crossquote knows of no other outlet that carried this story.')).toBeTruthy();
  });
});

describe('Quotes', () => {
  it('lists full quotes before fragments, short phrases last, each with its speaker', async () => {
    await renderReport({ state: 'done', analysis: fixture('corpusPage') });
    const section = screen.getByRole('heading', { name: 'Quotes' }).closest('section') as HTMLElement;
    const texts = Array.from(section.querySelectorAll('.quote-text')).map((b) => b.textContent);
    expect(texts[0]).toBe('“only way to effectively deter Russia from attacking Ukraine again”');
    // The four short phrases come last, in reading order.
    expect(texts.slice(-4)).toEqual(['“US security guarantee”', '“US backstop”', '“new era”', '“democracy must prevail”']);
    expect(within(section).getAllByText('— Keir Starmer')).toHaveLength(10);
  });

  it('tags a short fragment "phrase" and a long one "partial quote"', async () => {
    const analysis = fixture('corpusPage');
    const short = analysis.quotes.find((q) => q.text === 'US backstop');
    if (!short) throw new Error('the fixture has the "US backstop" phrase');
    analysis.quotes.push({ ...short, id: 'long-fragment', text: 'a US security guarantee was the only way to deter Russia' });
    await renderReport({ state: 'done', analysis });
    const tagOf = (text: string): string | null | undefined =>
      (screen.getByText(`“${text}”`).closest('li') as HTMLElement).querySelector('.tag')?.textContent;
    expect(tagOf('US backstop')).toBe('phrase');
    expect(tagOf('a US security guarantee was the only way to deter Russia')).toBe('partial quote');
  });

  it('shows how another outlet worded a quote, marking removed and added words by more than colour', async () => {
    await renderReport({ state: 'done', analysis: fixture('corpusPage') });
    const item = screen.getByText('“clear the US is not going to leave NATO”').closest('li') as HTMLElement;
    expect(item.textContent).toContain('Tribune Online');
    expect(item.textContent).toContain('part of it');
    const del = item.querySelector('del');
    expect(del?.textContent).toBe('removed: clear the US is ');
    expect(del?.querySelector('.vh')?.textContent).toBe('removed: ');
    const q3 = screen.getByText('“only way to effectively deter Russia from attacking Ukraine again”').closest('li') as HTMLElement;
    expect(Array.from(q3.querySelectorAll('ins')).map((i) => i.textContent)).toContain('added: a US security guarantee was the ');
  });

  it('names an outlet once when it split the quote into two of its own, with both parts under it', async () => {
    const analysis = fixture('corpusPage');
    const entry = analysis.quoteMatches.find((m) => m.matches.length > 0);
    if (!entry) throw new Error('the fixture has a quote match');
    const first = entry.matches[0]!;
    entry.matches = [first, { ...first, text: 'the other half', relation: 'partial', diff: [{ op: 'added', text: 'the other half' }] }];
    await renderReport({ state: 'done', analysis });
    const quote = analysis.quotes.find((q) => q.id === entry.quoteId)!;
    const item = screen.getByText(`“${quote.text}”`).closest('li') as HTMLElement;
    const outlets = Array.from(item.querySelectorAll('.carriers > li')).map((li) => li.querySelector('.outlet')?.textContent);
    expect(outlets).toEqual([first.outlet]);
    expect(item.textContent).toContain('in 2 of its quotes:');
    expect(item.querySelectorAll('.split-matches > li')).toHaveLength(2);
    expect(item.querySelector('.split-matches ins')?.textContent).toBe('added: the other half');
  });

  it('does not show a diff for a quote carried word for word', async () => {
    await renderReport({ state: 'done', analysis: fixture('newArticle') });
    const item = screen.getByText('“take a leading responsibility, as we always have”').closest('li') as HTMLElement;
    expect(item.textContent).toContain('Sky News');
    expect(item.textContent).toContain('same words');
    expect(item.querySelector('.diff')).toBeNull();
  });

  it('asks the page to highlight a quote when it is clicked, and says whether it was found', async () => {
    const { source } = await renderReport({ state: 'done', analysis: fixture('newArticle') });
    const button = screen.getByRole('button', { name: '“Nobody is currently considering sending troops to Ukraine.”' });
    expect(button.tagName).toBe('BUTTON'); // a native button: Enter and Space work without extra code
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('Highlighted on the page.')).toBeTruthy());
    expect(source.calls.highlight).toEqual([[TAB, 'q1']]);
    source.found = false;
    fireEvent.click(screen.getByRole('button', { name: '“unrealistic”' }));
    await waitFor(() => expect(screen.getByText("This quote's words could not be found on the page any more.")).toBeTruthy());
  });

  it('can remove the highlight again', async () => {
    const { source } = await renderReport({ state: 'done', analysis: fixture('newArticle') });
    fireEvent.click(screen.getByRole('button', { name: '“democracy must prevail”' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove highlight' }));
    await waitFor(() => expect(source.calls.highlight).toEqual([[TAB, 'q4'], [TAB, null]]));
  });
});

describe('Details that differ', () => {
  it('keeps the given order', async () => {
    await renderReport({ state: 'done', analysis: fixture('corpusPage') });
    const section = screen.getByRole('heading', { name: 'Details that differ' }).closest('section') as HTMLElement;
    expect(within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Who attended the Paris meeting',
      'Starmer’s words on the only way to deter Russia',
      'Spelling of the Ukrainian president’s name',
      'Whom each outlet credits',
    ]);
  });

  it('shows a list difference as a table: a row per outlet, a column per member, ✓ and — with words', async () => {
    await renderReport({ state: 'done', analysis: fixture('corpusPage') });
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5); // header + page + 3 outlets
    const header = within(rows[0] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent);
    expect(header).toEqual(['Outlet', 'France', 'Germany', 'Italy', 'Poland', 'Spain', 'the Netherlands', 'Denmark', 'the European Union']);
    const tribune = rows[2] as HTMLElement;
    expect(within(tribune).getByRole('rowheader').textContent).toBe('Tribune Online');
    const cells = within(tribune).getAllByRole('cell').map((c) => c.textContent);
    // Tribune Online names neither Poland nor Denmark.
    expect(cells[3]).toBe('—not named');
    expect(cells[6]).toBe('—not named');
    expect(cells[0]).toBe('✓named');
    // 003 and 004 end their lists with "and others".
    expect(within(rows[3] as HTMLElement).getByRole('rowheader').textContent).toBe('Unnamed outlet *');
    expect(screen.getByText('* Its list ends “and others”: a name it leaves out may still have been there.')).toBeTruthy();
  });

  it('gives an outlet that states no list its words across the row, not a row of "not named"', async () => {
    const analysis = fixture('corpusPage');
    const list = analysis.differences.find((d) => d.kind === 'list');
    if (!list) throw new Error('the fixture has a list difference');
    list.values = [{ docId: 'page', outlet: 'This page', value: 'Not stated' }, ...list.values.filter((v) => v.docId !== 'page')];
    await renderReport({ state: 'done', analysis });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const pageRow = rows[1] as HTMLElement;
    expect(within(pageRow).getByRole('rowheader').textContent).toBe('This page');
    expect(within(pageRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Not stated']);
    expect(within(pageRow).queryByText('not named')).toBeNull();
  });

  it('shows other differences as short text per outlet', async () => {
    await renderReport({ state: 'done', analysis: fixture('corpusPage') });
    const item = screen.getByText('Spelling of the Ukrainian president’s name').closest('li') as HTMLElement;
    expect(Array.from(item.querySelectorAll('dd')).map((d) => d.textContent)).toEqual(['Zelenskyy', 'Zelensky', 'Zelensky']);
    const credits = screen.getByText('Whom each outlet credits').closest('li') as HTMLElement;
    expect(Array.from(credits.querySelectorAll('dd')).map((d) => d.textContent)).toEqual(['none', 'BBC', 'BBC, Express']);
  });
});

describe('Open in tab', () => {
  it('opens the report for this tab full-size', async () => {
    const { source } = await renderReport({ state: 'done', analysis: fixture('corpusPage') });
    fireEvent.click(screen.getByRole('button', { name: 'Open in tab' }));
    expect(source.calls.openInTab).toEqual([TAB]);
  });

  it('is not offered when the report already fills a tab', async () => {
    await renderReport({ state: 'done', analysis: fixture('corpusPage') }, { fullPage: true });
    expect(screen.queryByRole('button', { name: 'Open in tab' })).toBeNull();
  });
});

describe('Page text stays text', () => {
  it('renders markup in titles, quotes, speakers, diffs and details as literal text, with dir="auto"', async () => {
    const { root } = await renderReport({ state: 'done', analysis: fixture('hostile') });
    const html = root();
    expect(html.querySelectorAll('img, svg, script, b, i, a')).toHaveLength(0);
    expect(html.textContent).toContain('عنوان <img src=x onerror=alert(5)> الخبر');
    expect(html.textContent).toContain('<svg onload=alert(6)>موقع');
    expect(html.textContent).toContain('هذا اقتباس طويل <b>بالخط العريض</b> javascript:alert(3)');
    expect(html.textContent).toContain('<script>alert(7)</script>');
    expect(html.textContent).toContain('<a href="javascript:alert(8)">topic</a>');
    const title = screen.getByText('عنوان <img src=x onerror=alert(5)> الخبر');
    expect(title.getAttribute('dir')).toBe('auto');
    expect(title.getAttribute('lang')).toBe('ar');
  });
});
