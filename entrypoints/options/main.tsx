// The options page: the reader's library (components/LibraryOptions.tsx), through the background.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryOptions } from '../../components/LibraryOptions';
import { isLibraryResponse, type LibraryResponse } from '../../utils/messages';
import type { LibraryOp } from '../../utils/library/libraryMessages';
import '../../components/report.css';

async function send(op: LibraryOp): Promise<LibraryResponse> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'crossquote/library', ...op });
    return isLibraryResponse(answer) ? answer : { ok: false, message: "Crossquote's background gave an answer this page does not understand." };
  } catch {
    return { ok: false, message: "Crossquote's background could not be reached. Try again in a moment." };
  }
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/jsonl' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const root = document.getElementById('app');
if (root) {
  document.documentElement.classList.add('full');
  render(<LibraryOptions send={send} download={download} />, root);
}
