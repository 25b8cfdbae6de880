// The reader view: one corpus article's text, from the bundled index, shown as text.
import { useEffect, useState } from 'preact/hooks';
import type { CorpusText } from '../utils/messages';
import type { CorpusTextSource } from '../utils/report/reportSource';
import { joinWords } from '../utils/report/joinWords';

type Loaded = { state: 'loading' } | { state: 'ready'; doc: CorpusText } | { state: 'failed'; message: string };

export function ReaderView({ source, docId }: { source: CorpusTextSource; docId: string | null }) {
  const [loaded, setLoaded] = useState<Loaded>(
    docId ? { state: 'loading' } : { state: 'failed', message: 'No corpus article was asked for.' },
  );
  useEffect(() => {
    if (!docId) return;
    let stopped = false;
    void source.getCorpusText(docId).then((answer) => {
      if (stopped) return;
      setLoaded(answer.ok ? { state: 'ready', doc: answer.doc } : { state: 'failed', message: answer.message });
    });
    return () => {
      stopped = true;
    };
  }, [source, docId]);

  useEffect(() => {
    if (loaded.state === 'ready') document.title = `${loaded.doc.title} — Crossquote reader`;
  }, [loaded]);

  return (
    <main class="reader" data-state={loaded.state} aria-busy={loaded.state === 'loading'}>
      {loaded.state === 'loading' && <p role="status">Loading the article…</p>}
      {loaded.state === 'failed' && (
        <p role="alert" dir="auto">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'ready' && (
        <article>
          <p class="outlet" dir="auto">
            {loaded.doc.outlet}
          </p>
          <h1 dir="auto">{loaded.doc.title}</h1>
          <p class="muted small">
            {loaded.doc.titleDerived ? 'Title added by Crossquote: the text has no headline. ' : ''}
            {loaded.doc.credits.length > 0 ? `Credits ${joinWords(loaded.doc.credits)}. ` : 'Credits no one. '}
            {loaded.doc.docId.startsWith('lib:') ? 'From your library (the text kept when you read it).' : `From Crossquote's bundled corpus (article ${loaded.doc.docId}).`}
          </p>
          {loaded.doc.url && (
            <p class="small">
              <a href={loaded.doc.url} target="_blank" rel="noreferrer noopener">
                Open the original
              </a>
            </p>
          )}
          {loaded.doc.note && (
            <p class="note" dir="auto">
              {loaded.doc.note}
            </p>
          )}
          <div class="body">
            {loaded.doc.text
              .split(/\n+/)
              .filter((p) => p.trim())
              .map((p, i) => (
                <p key={i} dir="auto">
                  {p}
                </p>
              ))}
          </div>
        </article>
      )}
    </main>
  );
}
