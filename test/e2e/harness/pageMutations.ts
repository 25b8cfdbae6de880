// Reading is passive: until the reader asks for a highlight, Crossquote changes nothing on the
// page. observeMutations runs in every opened page before its own scripts (an init script in
// both browsers); takeMutations tells what changed. Both are serialised into the page: no imports.

/**
 * From DOMContentLoaded (after the page's own inline scripts, before the content script is
 * injected at document_idle), records every change to the document.
 */
export function observeMutations(): void {
  if (!location.protocol.startsWith('http')) return;
  const store = window as unknown as { __cqMutations: string[]; __cqMutationObserver?: MutationObserver };
  store.__cqMutations = [];
  const describe = (m: MutationRecord): string =>
    `${m.type} on <${m.target.nodeName.toLowerCase()}>${m.attributeName ? ` [${m.attributeName}]` : ''}`;
  document.addEventListener('DOMContentLoaded', () => {
    const observer = new MutationObserver((records) => {
      for (const record of records) store.__cqMutations.push(describe(record));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    store.__cqMutationObserver = observer;
  });
}

/** The changes observed since DOMContentLoaded; null when the observer is not in the page. */
export function takeMutations(): string[] | null {
  const store = window as unknown as { __cqMutations?: string[]; __cqMutationObserver?: MutationObserver };
  if (!store.__cqMutationObserver) return null;
  const pending = store.__cqMutationObserver.takeRecords();
  return [...(store.__cqMutations ?? []), ...pending.map((m) => `${m.type} on <${m.target.nodeName.toLowerCase()}>`)];
}
