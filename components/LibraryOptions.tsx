// The options page: the reader's library. Consent first (off until turned on, with what is
// kept and that it never leaves the machine), pause, sites never to keep, the cap, and the
// reader's own data: list and search, delete one, forget a site, clear all, export, import.
// Talks to the background (which owns the database) through `send`.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryOp, LibraryResponse, LibraryStatus } from '../utils/library/libraryMessages';
import type { ArticleSummary } from '../utils/library/listArticles';

export type SendLibrary = (op: LibraryOp) => Promise<LibraryResponse>;

export const CONSENT_TEXT =
  'Keep the news articles you read (their text, quotes, title, outlet and address; no other browsing) in this browser, so Crossquote can compare later pages with them. They never leave this machine. Not in private windows.';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function LibraryOptions({ send, download }: { send: SendLibrary; download: (name: string, text: string) => void }) {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState('');
  const [neverKeep, setNeverKeep] = useState('');

  async function run(op: LibraryOp, done?: string): Promise<LibraryResponse | null> {
    const answer = await send(op);
    if (!answer.ok) {
      setMessage(answer.message);
      return null;
    }
    setStatus(answer.status);
    if (answer.articles) setArticles(answer.articles);
    if (done) setMessage(done);
    return answer;
  }

  const refresh = (query = search): Promise<unknown> => run({ op: 'list', search: query });

  useEffect(() => {
    void run({ op: 'list', search: '' }).then((answer) => {
      if (answer?.ok) setNeverKeep(answer.status.settings.neverKeep.join('\n'));
    });
  }, []);

  if (!status) return <main class="options">{message || 'Loading your library…'}</main>;
  const { settings } = status;

  const importFile = async (file: File): Promise<void> => {
    const answer = await run({ op: 'import', content: await file.text() });
    if (!answer?.ok || !answer.imported) return;
    const { added, replaced, unchanged, neverKept } = answer.imported;
    const rejected = answer.rejected?.filter((r) => !r.duplicate) ?? [];
    setMessage(
      [
        `Imported ${added} new and ${replaced} updated articles (${unchanged} already kept${neverKept ? `, ${neverKept} from never-keep sites skipped` : ''}).`,
        ...rejected.slice(0, 5).map((r) => `Line ${r.line} not imported: ${r.reason}.`),
        ...(rejected.length > 5 ? [`…and ${rejected.length - 5} more lines not imported.`] : []),
      ].join(' '),
    );
    await refresh();
  };

  return (
    <main class="options">
      <h1>Your library</h1>
      <p class="consent">{CONSENT_TEXT}</p>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(e) => void run({ op: 'settings', change: { enabled: (e.target as HTMLInputElement).checked } })} /> Keep the articles I read
      </label>
      <label>
        <input type="checkbox" checked={settings.paused} disabled={!settings.enabled} onChange={(e) => void run({ op: 'settings', change: { paused: (e.target as HTMLInputElement).checked } })} /> Pause keeping
      </label>
      <p class="size">
        {status.articles} articles · {megabytes(status.bytes)} · at most{' '}
        <input
          type="number"
          min={1}
          aria-label="Most articles kept"
          value={settings.maxArticles}
          onChange={(e) => {
            const value = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(value) && value >= 1) void run({ op: 'settings', change: { maxArticles: value } }).then(() => refresh());
          }}
        />{' '}
        (the oldest readings are removed first)
      </p>
      <label>
        Sites never to keep, one a line
        <textarea aria-label="Sites never to keep" value={neverKeep} onInput={(e) => setNeverKeep((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" onClick={() => void run({ op: 'settings', change: { neverKeep: neverKeep.split('\n').map((s) => s.trim()).filter(Boolean) } }, 'Saved.')}>
        Save sites
      </button>
      <p role="status">{message}</p>
      <input type="search" aria-label="Search by title, outlet or person" placeholder="Search by title, outlet or person" value={search} onInput={(e) => {
        const query = (e.target as HTMLInputElement).value;
        setSearch(query);
        void refresh(query);
      }} />
      <ul class="library-list">
        {articles.map((a) => (
          <li key={a.id}>
            {a.url ? (
              <a href={a.url} target="_blank" rel="noreferrer noopener" dir="auto">
                {a.title}
              </a>
            ) : (
              <span dir="auto">{a.title}</span>
            )}{' '}
            <span class="muted">
              {a.outlet} · read {a.readAt.slice(0, 10)}
            </span>{' '}
            <button type="button" onClick={() => void run({ op: 'delete', id: a.id }, 'Deleted.').then(() => refresh())}>
              Delete
            </button>
            {a.site && (
              <button type="button" onClick={() => void run({ op: 'forget-site', site: a.site! }, `Forgot ${a.site} and will not keep it again.`).then(() => refresh())}>
                Forget {a.site}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void run({ op: 'export' }).then((answer) => answer?.ok && answer.jsonl !== undefined && download('crossquote-library.jsonl', answer.jsonl))}>
        Export (JSON Lines)
      </button>
      <label>
        Import a library file
        <input type="file" accept=".jsonl,application/jsonl,text/plain" onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void importFile(file);
        }} />
      </label>
      <button type="button" onClick={() => confirm('Remove every article from your library?') && void run({ op: 'clear' }, 'Your library is empty.').then(() => refresh())}>
        Clear the library
      </button>
    </main>
  );
}
