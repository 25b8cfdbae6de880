// The page's own URL as it states it: canonical link, then og:url, then JSON-LD, then the
// document's address. Only absolute http(s) URLs count: a relative canonical is resolved
// against the document, and anything else (about:blank, file:, javascript:) is no URL.

function absoluteHttp(candidate: string | null, base: string | null): string | null {
  if (!candidate) return null;
  try {
    const url = base ? new URL(candidate, base) : new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function resolvePageUrl(doc: Document, candidates: ReadonlyArray<string | null>): string | null {
  const base = /^https?:/i.test(doc.URL) ? doc.URL : null;
  for (const candidate of candidates) {
    const url = absoluteHttp(candidate, base);
    if (url) return url;
  }
  return absoluteHttp(base, null);
}
