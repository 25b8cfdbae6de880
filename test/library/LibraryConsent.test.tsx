// @vitest-environment happy-dom
// The popup's consent line over the real library service: off by default with one sentence on
// what is kept and that it stays on the machine; one click turns it on; pause and resume.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LibraryConsent, POPUP_CONSENT_TEXT } from '../../components/LibraryConsent';
import type { LibraryOp, LibraryResponse } from '../../utils/library/libraryMessages';
import { freshLibrary } from './freshLibrary';

let library: (op: LibraryOp) => Promise<LibraryResponse>;
const send = (op: LibraryOp): Promise<LibraryResponse> => library(op);

beforeEach(() => {
  library = freshLibrary();
});
afterEach(cleanup);

it('asks first, then turns the library on, pauses and resumes it', async () => {
  render(<LibraryConsent send={send} />);
  expect(await screen.findByText(POPUP_CONSENT_TEXT)).toBeTruthy();
  expect(POPUP_CONSENT_TEXT).toMatch(/Nothing leaves your computer/);
  fireEvent.click(screen.getByText('Keep my articles'));
  expect(await screen.findByText(/Your library: 0 articles/)).toBeTruthy();
  fireEvent.click(screen.getByText('Pause'));
  expect(await screen.findByText(/Your library is paused/)).toBeTruthy();
  const answer = await send({ op: 'status' });
  expect(answer.ok && answer.status.settings).toMatchObject({ enabled: true, paused: true });
  fireEvent.click(screen.getByText('Resume'));
  expect(await screen.findByText(/Your library: 0 articles/)).toBeTruthy();
});
