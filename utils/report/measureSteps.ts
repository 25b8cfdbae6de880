// Marks each piece of the content script's reading as a User Timing measure ("Crossquote:
// step"), and the script's start as a mark ("Crossquote: started"). They show in the DevTools
// performance panel, and let a PerformanceObserver on the page tell the long tasks that are
// Crossquote's reading from the page's own (its layout, its scripts) and from the browser
// evaluating the content script (the task that holds the start mark).

export const STEP_MEASURE = 'Crossquote: step';
export const START_MARK = 'Crossquote: started';

/** The part of `window.performance` this needs. */
export interface StepTimeline {
  now(): number;
  mark(name: string): unknown;
  measure(name: string, options: { start: number; end: number }): unknown;
}

export interface StepMeasures {
  /** A step of work starts (a no-op while one is open). */
  begin(): void;
  /** The open step ends: it is recorded as one measure. */
  end(): void;
}

/** Step measures on `timeline`; without one (or where measuring throws), nothing is recorded and nothing breaks. */
export function measureSteps(timeline: StepTimeline | undefined): StepMeasures {
  let start: number | null = null;
  const safely = (record: () => unknown): void => {
    try {
      record();
    } catch {
      // An old engine without measure options: the reading matters, its timeline does not.
    }
  };
  safely(() => timeline?.mark(START_MARK));
  return {
    begin() {
      if (timeline && start === null) start = timeline.now();
    },
    end() {
      if (!timeline || start === null) return;
      const from = start;
      start = null;
      safely(() => timeline.measure(STEP_MEASURE, { start: from, end: timeline.now() }));
    },
  };
}
