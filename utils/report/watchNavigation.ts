// Single-page news sites change article with history.pushState, which fires no event a
// content script can hear (it runs in an isolated world and cannot wrap the page's
// history.pushState). Choice: compare location.href (without the #fragment, so in-page
// anchors do not count) once a second while the tab is visible, and at once on popstate
// (back/forward). A string comparison a second costs nothing measurable; a MutationObserver
// on <title> was rejected because titles also change for unread-count badges ("(2) News")
// and some sites change the URL before the title.

export interface NavigationHost {
  location: { href: string };
  document: { hidden: boolean };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const withoutHash = (href: string): string => href.split('#')[0] ?? href;

/** Calls `onChange(newHref)` whenever the page's address (ignoring #fragment) changes. Returns a stop function. */
export function watchNavigation(host: NavigationHost, onChange: (href: string) => void, everyMs = 1000): () => void {
  let last = withoutHash(host.location.href);
  const check = (): void => {
    const now = withoutHash(host.location.href);
    if (now === last) return;
    last = now;
    onChange(host.location.href);
  };
  const tick = (): void => {
    if (!host.document.hidden) check();
  };
  const timer = host.setInterval(tick, everyMs);
  host.addEventListener('popstate', check);
  return () => {
    host.clearInterval(timer);
    host.removeEventListener('popstate', check);
  };
}
