// The harness's own rules, which decide whether a browser test may pass: which requests a
// page's markup makes by itself (excused from the privacy rule), the missing-browser message, and
// which traced tasks count as Crossquote's reading, and which as its background's.
import { describe, expect, test } from 'vitest';
import { chromiumSpec, findBrowser, firefoxSpec } from './harness/findBrowser';
import { subresourceUrls } from './harness/fixtureServer';
import { readingTasks, threadTasks, type TraceEvent } from './harness/readingTasks';
import { STEP_MEASURE } from '../../utils/report/measureSteps';

describe('subresourceUrls: what a page loads from other hosts by its own markup', () => {
  test.each([
    ['a script src', '<script async src="https://cdn.ampproject.org/v0.js"></script>', ['https://cdn.ampproject.org/v0.js']],
    ['an image', "<img src='http://img.example/a.jpg' alt=''>", ['http://img.example/a.jpg']],
    ['a stylesheet link', '<link rel="stylesheet" href="https://fonts.example/a.css">', ['https://fonts.example/a.css']],
    ['an escaped ampersand', '<img src="http://x.example/p.gif?a=1&amp;b=2">', ['http://x.example/p.gif?a=1&b=2']],
    ['a plain link, which loads nothing', '<a href="https://news.example/other">Other</a>', []],
    ['a canonical link, which loads nothing', '<link rel="canonical" href="https://news.example/story">', []],
    ['a relative src, which stays on the fixture server', '<img src="/pages/a.png">', []],
    ['a URL only inside a script, which is never excused', "<script>fetch('http://t.example/c')</script>", []],
  ])('%s', (_what, html, expected) => {
    expect(subresourceUrls(html)).toEqual(expected);
  });
});

describe('findBrowser', () => {
  test.each([chromiumSpec, firefoxSpec])('$name missing: the error says how to install it', (spec) => {
    expect(() => findBrowser(spec, { [spec.envVar]: '/nonexistent/browser' })).toThrow(`apt-get install -y ${spec.aptPackage}`);
  });

  test('an executable given by the environment variable is used', () => {
    expect(findBrowser(chromiumSpec, { CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});

describe('readingTasks: the page tasks that ran Crossquote steps, from a trace', () => {
  const step = (ph: 'b' | 'e', ts: number, id: string, tid = 1): TraceEvent => ({ name: STEP_MEASURE, cat: 'blink.user_timing', ph, pid: 7, tid, ts, id2: { local: id } });
  const task = (ts: number, dur: number, tdur: number, tid = 1): TraceEvent => ({ name: 'RunTask', cat: 'disabled-by-default-devtools.timeline', ph: 'X', pid: 7, tid, ts, dur, tdur });

  test('each step is matched to the task it ran in, with wall and thread time in ms', () => {
    const events = [task(0, 90_000, 30_000), step('b', 1_000, '0x1'), step('e', 80_000, '0x1'), task(100_000, 5_000, 4_000), step('b', 100_500, '0x1'), step('e', 104_000, '0x1')];
    expect(readingTasks(events)).toEqual([
      { wallMs: 90, cpuMs: 30 },
      { wallMs: 5, cpuMs: 4 },
    ]);
  });

  test('a step whose coarsened start falls just before its task still finds it', () => {
    expect(readingTasks([task(1_000, 20_000, 18_000), step('b', 950, '0x2'), step('e', 20_500, '0x2')])).toEqual([{ wallMs: 20, cpuMs: 18 }]);
  });

  test("tasks of other threads, and tasks without a step, are not Crossquote's", () => {
    expect(readingTasks([task(0, 90_000, 80_000, 2), task(200_000, 70_000, 70_000), step('b', 1_000, '0x3'), step('e', 2_000, '0x3')])).toEqual([]);
  });
});

describe("threadTasks: every task of a named thread (the extension's service worker), longest work first", () => {
  const name = (pid: number, tid: number, thread: string): TraceEvent => ({ name: 'thread_name', cat: '__metadata', ph: 'M', pid, tid, ts: 0, args: { name: thread } });
  const task = (pid: number, tid: number, dur: number, tdur: number): TraceEvent => ({ name: 'RunTask', cat: 'disabled-by-default-devtools.timeline', ph: 'X', pid, tid, ts: 0, dur, tdur });

  test('only the named thread counts, in whichever process it is; sorted by thread time', () => {
    const events = [name(7, 3, 'ServiceWorker thread'), name(7, 1, 'CrRendererMain'), task(7, 1, 900_000, 800_000), task(7, 3, 20_000, 5_000), task(7, 3, 60_000, 52_000), task(8, 3, 70_000, 70_000)];
    expect(threadTasks(events, 'ServiceWorker thread')).toEqual([
      { wallMs: 60, cpuMs: 52 },
      { wallMs: 20, cpuMs: 5 },
    ]);
  });

  test('a trace without that thread gives no tasks (the caller checks there are some)', () => {
    expect(threadTasks([name(7, 1, 'CrRendererMain'), task(7, 1, 1_000, 1_000)], 'ServiceWorker thread')).toEqual([]);
  });
});
