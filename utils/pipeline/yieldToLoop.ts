// Gives the event loop a turn between two steps of work, so one long computation runs as several
// short tasks and whatever waits (a message, a database event, the browser's own work) runs in
// between. scheduler.yield where the browser has it (Chromium: the rest runs ahead of other
// queued tasks, and no nested-timer clamp); otherwise a zero timer.

/** The part of the global scope this needs; passed in so tests need no globals. */
export interface LoopHost {
  scheduler?: { yield?: () => Promise<void> };
  setTimeout: (callback: () => void, ms: number) => unknown;
}

export function yieldToLoop(host: LoopHost = globalThis as unknown as LoopHost): Promise<void> {
  if (typeof host.scheduler?.yield === 'function') return host.scheduler.yield();
  return new Promise((resolve) => host.setTimeout(() => resolve(), 0));
}
