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
}

/** The content of the first <meta> whose property or name is one of `keys`. */
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  const metas = doc.getElementsByTagName('meta');
  for (const key of keys) {
    for (const meta of Array.from(metas)) {
      const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
      if (name !== key) continue;
      const content = meta.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
}

export function readPageMeta(doc: Document): PageMeta {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() || null;
  return {
    ogType: metaContent(doc, ['og:type'])?.toLowerCase() ?? null,
    ogTitle: metaContent(doc, ['og:title', 'twitter:title']),
    ogUrl: metaContent(doc, ['og:url']),
    siteName: metaContent(doc, ['og:site_name', 'application-name']),
    canonical,
    publishedTime: metaContent(doc, [
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
    author: metaContent(doc, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']),
    locale: metaContent(doc, ['og:locale']),
  };
}
