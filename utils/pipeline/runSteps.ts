// A computation written once as a generator that yields between its steps
// (compareWithCorpus's, compareWithLibrary's), run either at once (the CLI, the benchmark, the
// tests) or with the event loop given a turn at each yield (the background: no single task does
// all the steps). Both give the same result: the steps never look at what ran in between.
import { yieldToLoop } from './yieldToLoop';

/** Steps that yield nothing between them and return a T at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now, in one go. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps with `pause` awaited between each two. */
export async function runStepsYielding<T>(steps: Steps<T>, pause: () => Promise<void> = yieldToLoop): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

/** The same steps, with the time spent in them (not between them) added to `spent.ms`. */
export function* timedSteps<T>(steps: Steps<T>, now: () => number, spent: { ms: number }): Steps<T> {
  for (;;) {
    const t0 = now();
    const next = steps.next();
    spent.ms += now() - t0;
    if (next.done) return next.value;
    yield;
  }
}
