// @vitest-environment happy-dom
// The options page over the real library service and an in-memory IndexedDB: consent first,
// then the reader's own data — list, search, delete, clear, export, import with its
// rejected lines named.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CONSENT_TEXT, LibraryOptions } from '../../components/LibraryOptions';
import type { LibraryOp, LibraryResponse } from '../../utils/library/libraryMessages';
import { freshLibrary } from './freshLibrary';
import { parseLibraryJsonl } from '../../utils/library/parseLibraryJsonl';
import { formatLibraryLine } from '../../utils/library/formatLibraryJsonl';
import { articleFromText } from './articleFromText';

let library: (op: LibraryOp) => Promise<LibraryResponse>;
const send = (op: LibraryOp): Promise<LibraryResponse> => library(op);

beforeEach(() => {
  library = freshLibrary();
});
afterEach(cleanup);

const okafor = articleFromText('The bridge will close. "We will not gamble with lives," said Mayor Dana Okafor.', 'https://valleypost.example/a', '2026-12-01T10:00:00.000Z', 'Valley Post');
const marsh = articleFromText('Bread festival draws record crowds. "We ran out of rye," said Helga Marsh.', 'https://courier.example/b', '2026-12-02T10:00:00.000Z', 'Harwick Courier');

async function withTwoArticles(): Promise<void> {
  await send({ op: 'import', content: `${formatLibraryLine(okafor)}\n${formatLibraryLine(marsh)}\n` });
}

describe('the options page', () => {
  it('asks for consent first: off, with what is kept and that it stays on this machine', async () => {
    render(<LibraryOptions send={send} download={() => {}} />);
    const toggle = await screen.findByLabelText('Keep the articles I read');
    expect(screen.getByText(CONSENT_TEXT)).toBeTruthy();
    expect(CONSENT_TEXT).toMatch(/never leave this machine/);
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.change(toggle, { target: { checked: true } });
    await waitFor(async () => {
      const answer = await send({ op: 'status' });
      expect(answer.ok && answer.status.settings.enabled).toBe(true);
    });
  });

  it('lists, searches by person, deletes one and clears all', async () => {
    await withTwoArticles();
    render(<LibraryOptions send={send} download={() => {}} />);
    await screen.findByText(/Bread festival/);
    expect(screen.getByText(/2 articles ·/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Search by title, outlet or person'), { target: { value: 'okafor' } });
    await waitFor(() => expect(screen.queryByText(/Bread festival/)).toBeNull());
    expect(screen.getByText(/The bridge will close/)).toBeTruthy();
    fireEvent.click(screen.getByText('Delete'));
    await waitFor(() => expect(screen.queryByText(/The bridge will close/)).toBeNull());
    vi.stubGlobal('confirm', () => true);
    fireEvent.click(screen.getByText('Clear the library'));
    await waitFor(() => expect(screen.getByText(/^0 articles ·/)).toBeTruthy());
    vi.unstubAllGlobals();
  });

  it('exports the library as a file that imports back', async () => {
    await withTwoArticles();
    const download = vi.fn();
    render(<LibraryOptions send={send} download={download} />);
    fireEvent.click(await screen.findByText('Export (JSON Lines)'));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe('crossquote-library.jsonl');
    const parsed = parseLibraryJsonl(text);
    expect(parsed.ok && parsed.articles.map((a) => a.id).sort()).toEqual([okafor.id, marsh.id].sort());
  });

  it('imports a file and names each line it did not import', async () => {
    render(<LibraryOptions send={send} download={() => {}} />);
    const input = (await screen.findByLabelText('Import a library file')) as HTMLInputElement;
    const file = new File([`${formatLibraryLine(okafor)}\n{"kind":"crossquote-library-article","version":1}\n`], 'lib.jsonl');
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText(/Imported 1 new and 0 updated articles/);
    expect(screen.getByText(/Line 2 not imported: /)).toBeTruthy();
  });
});
