// Whether a site is on the reader's never-keep list: the site itself or any of its subdomains
// ("example.org" covers "news.example.org", not "notexample.org").

export function isNeverKept(site: string | null, neverKeep: readonly string[]): boolean {
  if (!site) return false;
  const host = site.toLowerCase();
  return neverKeep.some((entry) => {
    const blocked = entry.trim().toLowerCase().replace(/^www\./, '');
    return blocked !== '' && (host === blocked || host.endsWith(`.${blocked}`));
  });
}
