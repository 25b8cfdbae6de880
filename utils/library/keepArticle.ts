// Keeps one article the reader read, if the settings allow it, in ONE transaction with the
// settings check and the evictions it causes: a browser closed or a service worker stopped
// mid-write leaves the library as it was, never a half-written article or an add without its
// eviction; two tabs keeping at once are serialised by IndexedDB and both kept.
// The same article again (same id: its canonical URL) replaces the earlier reading.
import type { LibraryArticle } from './libraryArticle';
import type { LibraryDb } from './libraryDb';
import { DEFAULT_LIBRARY_SETTINGS } from './librarySettings';
import { SETTINGS_KEY } from './readSettings';
import { evictOldest } from './evictOldest';
import { isNeverKept } from './isNeverKept';

export type KeepResult = { kept: true; replaced: boolean; evicted: string[] } | { kept: false; why: 'off' | 'paused' | 'never-keep' };

export async function keepArticle(db: LibraryDb, article: LibraryArticle): Promise<KeepResult> {
  const tx = db.transaction(['settings', 'articles'], 'readwrite');
  const settings = { ...DEFAULT_LIBRARY_SETTINGS, ...(await tx.objectStore('settings').get(SETTINGS_KEY)) };
  const refuse = (why: 'off' | 'paused' | 'never-keep'): KeepResult => {
    tx.abort();
    tx.done.catch(() => undefined);
    return { kept: false, why };
  };
  if (!settings.enabled) return refuse('off');
  if (settings.paused) return refuse('paused');
  if (isNeverKept(article.site, settings.neverKeep)) return refuse('never-keep');
  const articles = tx.objectStore('articles');
  try {
    const replaced = (await articles.getKey(article.id)) !== undefined;
    await articles.put(article);
    const evicted = await evictOldest(articles, settings.maxArticles);
    await tx.done;
    return { kept: true, replaced, evicted };
  } catch (error) {
    // Whatever failed, nothing of this add stays: not the article, not an eviction.
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    tx.done.catch(() => undefined);
    throw error;
  }
}
