import { describe, expect, it } from 'vitest';
import { measureSteps, START_MARK, STEP_MEASURE, type StepTimeline } from '../../utils/report/measureSteps';

function fakeTimeline(): StepTimeline & { clock: number; marks: string[]; measures: Array<{ name: string; start: number; end: number }> } {
  return {
    clock: 0,
    marks: [],
    measures: [],
    now() {
      return this.clock;
    },
    mark(name: string) {
      this.marks.push(name);
    },
    measure(name: string, { start, end }: { start: number; end: number }) {
      this.measures.push({ name, start, end });
    },
  };
}

describe('measureSteps', () => {
  it('marks the start, and records each step from begin to end as one measure', () => {
    const timeline = fakeTimeline();
    const steps = measureSteps(timeline);
    expect(timeline.marks).toEqual([START_MARK]);
    timeline.clock = 10;
    steps.begin();
    timeline.clock = 14;
    steps.begin(); // already open: the step still starts at 10
    timeline.clock = 30;
    steps.end();
    steps.end(); // nothing open
    timeline.clock = 40;
    steps.begin();
    timeline.clock = 41;
    steps.end();
    expect(timeline.measures).toEqual([
      { name: STEP_MEASURE, start: 10, end: 30 },
      { name: STEP_MEASURE, start: 40, end: 41 },
    ]);
  });

  it('records nothing, and breaks nothing, without a timeline or where measuring throws', () => {
    expect(() => {
      const none = measureSteps(undefined);
      none.begin();
      none.end();
    }).not.toThrow();
    const broken: StepTimeline = {
      now: () => 1,
      mark: () => {
        throw new Error('no marks here');
      },
      measure: () => {
        throw new TypeError('measure options not supported');
      },
    };
    const steps = measureSteps(broken);
    expect(() => {
      steps.begin();
      steps.end();
    }).not.toThrow();
  });
});
