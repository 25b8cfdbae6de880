// Chromium's own record of the tasks that ran Crossquote's reading, from a performance trace.
// A long task (PerformanceObserver) is wall-clock time: on a loaded machine the page's thread
// waits for a core in the middle of a task, and a 13 ms step was seen as an 82 ms task. The
// trace gives each task both its wall time (dur) and the time the thread actually ran on a core
// (tdur, thread time), so a test can hold Crossquote to the work it does, not to its neighbours'.
import type { BrowserContext, Page } from 'playwright-core';
import { STEP_MEASURE } from '../../../utils/report/measureSteps';

/** One task of the page's main thread that ran a Crossquote reading step. */
export interface ReadingTask {
  /** From the task's start to its end (ms): what the page waited. */
  wallMs: number;
  /** Time the thread ran on a core during the task (ms): the work done. */
  cpuMs: number;
}

/** The trace events this reads (Chrome's trace event format). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  tdur?: number;
  /** Async events (a performance.measure) pair their begin and end by id. */
  id?: string;
  id2?: { local?: string; global?: string };
  /** Metadata events (ph "M") name their thread here. */
  args?: { name?: string };
}

const round = (us: number): number => Math.round(us / 100) / 10;

/** Crossquote's steps in the trace, as begin and end times (µs) on the thread that ran them. */
function stepSpans(events: readonly TraceEvent[]): Array<{ pid: number; tid: number; from: number; to: number }> {
  const marks = events.filter((e) => e.name === STEP_MEASURE && e.cat.includes('blink.user_timing')).sort((a, b) => a.ts - b.ts);
  const spans: Array<{ pid: number; tid: number; from: number; to: number }> = [];
  const open = new Map<string, TraceEvent[]>();
  for (const mark of marks) {
    const key = `${mark.pid}:${mark.id2?.local ?? mark.id ?? ''}`;
    if (mark.ph === 'b') open.set(key, [...(open.get(key) ?? []), mark]);
    else if (mark.ph === 'e') {
      const begin = open.get(key)?.shift();
      if (begin) spans.push({ pid: begin.pid, tid: begin.tid, from: begin.ts, to: mark.ts });
    }
  }
  return spans;
}

/**
 * The main-thread task that ran each Crossquote step, in order: the task on the step's thread
 * that overlaps it most. (The step's own times come from performance.now(), which the browser
 * coarsens, so a step may seem to start a few microseconds before its task.) Each step is one
 * task in the content script's stepping (it starts in an idle callback and ends before the next
 * wait), so a step's task is all the work the page waited for.
 */
export function readingTasks(events: readonly TraceEvent[]): ReadingTask[] {
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const found = new Set<TraceEvent>();
  for (const step of stepSpans(events)) {
    let best: TraceEvent | null = null;
    let bestOverlap = 0;
    for (const task of tasks) {
      if (task.pid !== step.pid || task.tid !== step.tid) continue;
      const overlap = Math.min(step.to, task.ts + (task.dur ?? 0)) - Math.max(step.from, task.ts);
      if (overlap > bestOverlap) [best, bestOverlap] = [task, overlap];
    }
    if (best) found.add(best);
  }
  return [...found].sort((a, b) => a.ts - b.ts).map((t) => ({ wallMs: round(t.dur ?? 0), cpuMs: round(t.tdur ?? t.dur ?? 0) }));
}

/**
 * Every task run on the threads called `threadName` in the trace ("ServiceWorker thread": the
 * extension's background in Chromium), longest work first. Unlike a page, the background has no
 * steps to pick its tasks out by: every task it ran while the trace was on counts.
 */
export function threadTasks(events: readonly TraceEvent[], threadName: string): ReadingTask[] {
  const threads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === threadName).map((e) => `${e.pid}:${e.tid}`));
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`))
    .map((t) => ({ wallMs: round(t.dur ?? 0), cpuMs: round(t.tdur ?? t.dur ?? 0) }))
    .sort((a, b) => b.cpuMs - a.cpuMs);
}

/**
 * Traces the browser while `load` runs (it should navigate `page` and wait for the report),
 * and returns the trace's events. The trace covers every process, so it starts before the page
 * exists and the caller picks out the page's steps (readingTasks).
 */
export async function traceWhile(context: BrowserContext, page: Page, load: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'], excludedCategories: ['*'] },
  });
  try {
    await load();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}
