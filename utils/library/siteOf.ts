// The site a kept article came from, as the popup names it ("in your library · example.org").

/** The host of an http(s) URL without "www.", or null. */
export function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
