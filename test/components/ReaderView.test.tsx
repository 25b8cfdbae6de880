// @vitest-environment happy-dom
// The reader view: one corpus article's text, as text.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { ReaderView } from '../../components/ReaderView';
import type { CorpusTextSource } from '../../utils/report/reportSource';
import type { CorpusText } from '../../utils/messages';

afterEach(cleanup);

const tribune: CorpusText = {
  docId: '001',
  outlet: 'Tribune Online',
  title: 'Starmer says peace deal would need a US backstop',
  titleDerived: true,
  credits: ['BBC'],
  note: "A rewrite of the BBC's report by Tribune Online.",
  text: 'Sir Keir Starmer has stated that any peace agreement in Ukraine would require a “US backstop”.\n\nGerman Chancellor Olaf Scholz dismissed such discussions as “completely premature.” <img src=x onerror=alert(1)>\n\n(BBC)',
};
const source = (answer: Awaited<ReturnType<CorpusTextSource['getCorpusText']>>): CorpusTextSource & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    async getCorpusText(docId) {
      asked.push(docId);
      return answer;
    },
  };
};

describe('ReaderView', () => {
  it("shows the article's outlet, title, credits and paragraphs, as text", async () => {
    const s = source({ ok: true, doc: tribune });
    const view = render(<ReaderView source={s} docId="001" />);
    await waitFor(() => expect(view.container.querySelector('main')?.dataset.state).toBe('ready'));
    expect(s.asked).toEqual(['001']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Starmer says peace deal would need a US backstop');
    expect(screen.getByText('Tribune Online')).toBeTruthy();
    expect(screen.getByText(/Title added by Crossquote/)).toBeTruthy();
    expect(screen.getByText(/Credits BBC\./)).toBeTruthy();
    const paragraphs = Array.from(view.container.querySelectorAll('.body p')).map((p) => p.textContent);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toContain('<img src=x onerror=alert(1)>');
    expect(view.container.querySelectorAll('img')).toHaveLength(0);
  });

  it('says why an article cannot be shown', async () => {
    const view = render(<ReaderView source={source({ ok: false, message: "Crossquote's corpus has no article numbered 999." })} docId="999" />);
    await waitFor(() => expect(view.container.querySelector('main')?.dataset.state).toBe('failed'));
    expect(screen.getByRole('alert').textContent).toBe("Crossquote's corpus has no article numbered 999.");
  });

  it('says when no article was asked for', () => {
    const view = render(<ReaderView source={source({ ok: false, message: 'unused' })} docId={null} />);
    expect(view.container.querySelector('main')?.dataset.state).toBe('failed');
    expect(screen.getByRole('alert').textContent).toBe('No corpus article was asked for.');
  });
});
