// The metadata a page states in its <head>: Open Graph, article:*, <link rel=canonical>, author.

/** What the page's head says about itself; null where it says nothing. */
export interface PageMeta {
  ogType: string | null;
  ogTitle: string | null;
  ogUrl: string | null;
  siteName: string | null;
  canonical: string | null;
  publishedTime: string | null;
  author: string | null;
  locale: string | null;
  /** <meta name=description>. */
  description: string | null;
  /** og:description, else twitter:description. */
  ogDescription: string | null;
}

/** Every <meta> of the page as name -> first non-empty content (names lower-cased). */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (name && content && !table.has(name)) table.set(name, content);
  }
  return table;
}

function firstOf(table: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = table.get(key);
    if (value) return value;
  }
  return null;
}

export function readPageMeta(doc: Document): PageMeta {
  let canonical: string | null = null;
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && !canonical; i++) {
    if ((links[i]!.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical = links[i]!.getAttribute('href')?.trim() || null;
  }
  const table = metaTable(doc);
  return {
    ogType: firstOf(table, ['og:type'])?.toLowerCase() ?? null,
    ogTitle: firstOf(table, ['og:title', 'twitter:title']),
    ogUrl: firstOf(table, ['og:url']),
    siteName: firstOf(table, ['og:site_name', 'application-name']),
    canonical,
    publishedTime: firstOf(table, [
      'article:published_time',
      'datepublished',
      'publish-date',
      'pubdate',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date.issued',
      'dc.date',
      'date',
    ]),
    author: firstOf(table, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']),
    locale: firstOf(table, ['og:locale']),
    description: firstOf(table, ['description']),
    ogDescription: firstOf(table, ['og:description', 'twitter:description']),
  };
}
