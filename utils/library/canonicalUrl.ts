// One URL per article, so the same article read twice, or under its AMP and canonical
// addresses, or with tracking parameters, is kept once. The page's canonical link is already
// preferred by the reading stage (Analysis.url); this removes what remains: AMP hosts and paths,
// tracking parameters, fragments, "www.", a trailing slash, and parameter order.

/** Query parameters that say where a click came from, never which article it is. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|smid|smtyp|at_medium|at_campaign|at_custom\d*|ref_src|ref_url|share|sh|s_cid|icid|ito|CMP|__twitter_impression)$/i;
/** Query parameters that only ask for the AMP rendering. */
const AMP_PARAM = /^(amp|outputType|output)$/i;
const AMP_VALUE = /^(1|true|amp)?$/i;

/** Undoes an AMP cache address: "<host>.cdn.ampproject.org/c/s/<host>/<path>" → "https://<host>/<path>". */
function fromAmpCache(url: URL): URL {
  if (!url.hostname.endsWith('.cdn.ampproject.org')) return url;
  const m = /^\/(?:[a-z]{1,2}\/)(s\/)?([^/]+\.[^/]+)(\/.*)?$/i.exec(url.pathname);
  if (!m) return url;
  const inner = new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${m[3] ?? '/'}`);
  inner.search = url.search;
  return inner;
}

/** The article's path without its AMP marks: "/amp/x", "/x/amp", "/x.amp", "/x.amp.html". */
function withoutAmpPath(path: string): string {
  const stripped = path
    .replace(/\/amp(?=\/|$)/gi, '')
    .replace(/\.amp(?=\.html?$|$)/i, '');
  return stripped === '' ? '/' : stripped;
}

/** The canonical form of an http(s) URL, or null for anything else (file:, about:, not a URL). */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = fromAmpCache(new URL(raw.trim()));
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.replace(/^(www|amp|m)\./i, '').replace(/\.$/, '');
  url.pathname = withoutAmpPath(url.pathname).replace(/(.)\/+$/, '$1');
  const kept = [...url.searchParams].filter(([key, value]) => !TRACKING.test(key) && !(AMP_PARAM.test(key) && AMP_VALUE.test(value)));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}
