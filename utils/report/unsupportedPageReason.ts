// Pages where browsers do not let extensions run, or that are not web pages, named so the
// popup can say so in words instead of failing silently. null: nothing known against the URL.

const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

export function unsupportedPageReason(url: string | undefined): string | null {
  if (!url) return null;
  if (STORES.some((store) => store.test(url))) {
    return "Browsers don't let extensions run on their add-on stores, so Crossquote can't read this page.";
  }
  if (/^file:/i.test(url)) {
    return 'This is a file on your computer. Crossquote reads news pages on the web (http and https) only.';
  }
  if (!/^https?:/i.test(url)) {
    return "This is one of the browser's own pages (like settings, a new tab or about: pages). Browsers don't let extensions read them.";
  }
  if (/\.pdf(?:[?#]|$)/i.test(url)) {
    return 'This looks like a PDF document. Crossquote reads news web pages, not PDFs.';
  }
  return null;
}
