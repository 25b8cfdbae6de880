// @vitest-environment happy-dom
// The reader view on a library article: the kept text (no network needed), said to be from the
// reader's library, with a link to the original; a corpus article has no such link.
import { afterEach, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { ReaderView } from '../../components/ReaderView';
import type { CorpusText } from '../../utils/messages';

afterEach(cleanup);

const kept: CorpusText = {
  docId: 'lib:0123456789abc',
  outlet: 'Valley Post',
  title: 'Harwick council votes to close Elm Street bridge',
  titleDerived: false,
  credits: [],
  note: 'In your library: read 2026-12-02 on valleypost.example.',
  text: 'Harwick town council voted seven to four.\n\nThe bridge was built in 1931.',
  url: 'https://valleypost.example/regional/harwick-elm-street-bridge-closure',
};

it('shows a kept article from the library, with a link to the original', async () => {
  const view = render(<ReaderView source={{ getCorpusText: async () => ({ ok: true, doc: kept }) }} docId={kept.docId} />);
  await waitFor(() => expect(view.container.querySelector('main')?.dataset.state).toBe('ready'));
  expect(screen.getByText(/From your library/)).toBeTruthy();
  expect(screen.queryByText(/bundled corpus/)).toBeNull();
  expect(screen.getByText('Open the original').getAttribute('href')).toBe(kept.url);
  expect(screen.getByText('The bridge was built in 1931.')).toBeTruthy();
});

it('a corpus article has no link to an original', async () => {
  const corpus = { ...kept, docId: '002', url: undefined };
  const view = render(<ReaderView source={{ getCorpusText: async () => ({ ok: true, doc: corpus }) }} docId="002" />);
  await waitFor(() => expect(view.container.querySelector('main')?.dataset.state).toBe('ready'));
  expect(screen.queryByText('Open the original')).toBeNull();
  expect(screen.getByText(/bundled corpus \(article 002\)/)).toBeTruthy();
});
