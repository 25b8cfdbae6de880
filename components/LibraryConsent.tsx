// The popup's line about the reader's library: while it is off, one sentence on what would be
// kept and that it never leaves the machine, and a button to turn it on; while on, how much is
// kept and a pause/resume button.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryStatus } from '../utils/library/libraryMessages';
import type { SendLibrary } from './LibraryOptions';

export const POPUP_CONSENT_TEXT = 'Keep the news articles you read on this machine, to compare later pages with them? Nothing leaves your computer; private windows are never kept.';

export function LibraryConsent({ send }: { send: SendLibrary }) {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const change = (op: Parameters<SendLibrary>[0]): void => {
    void send(op).then((answer) => answer.ok && setStatus(answer.status));
  };
  useEffect(() => change({ op: 'status' }), []);
  if (!status) return null;
  const { settings } = status;
  if (!settings.enabled) {
    return (
      <aside class="library-consent">
        <p>{POPUP_CONSENT_TEXT}</p>
        <button type="button" onClick={() => change({ op: 'settings', change: { enabled: true } })}>
          Keep my articles
        </button>
      </aside>
    );
  }
  return (
    <aside class="library-consent muted">
      {settings.paused ? 'Your library is paused' : `Your library: ${status.articles} article${status.articles === 1 ? '' : 's'}`}{' '}
      <button type="button" onClick={() => change({ op: 'settings', change: { paused: !settings.paused } })}>
        {settings.paused ? 'Resume' : 'Pause'}
      </button>
    </aside>
  );
}
