// Resolves when the page is idle, so Crossquote's reading never competes with the page's own
// loading work. requestIdleCallback where the browser has it (with a timeout so a busy page
// still gets read eventually); otherwise a plain timer, which at least yields to the page.

/** The part of `window` this needs; passed in so tests need no globals. */
export interface IdleHost {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

export function waitForIdle(host: IdleHost, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof host.requestIdleCallback === 'function') host.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else host.setTimeout(() => resolve(), 50);
  });
}
