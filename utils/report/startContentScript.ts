// Wires the content script's logic to the browser and the page's window: message listener,
// idle callback, single-page navigation. Returns the reporter (tests) and a stop function.
import type { Analysis } from '../types';
import type { ExtensionApi } from './extensionApi';
import { createContentReporter, type ContentReporter } from './createContentReporter';
import { waitForIdle, type IdleHost } from './waitForIdle';
import { watchNavigation, type NavigationHost } from './watchNavigation';
import { measureSteps, type StepTimeline } from './measureSteps';

/** After a single-page navigation, give the site a moment to render the new article. */
const SETTLE_MS = 800;

export interface ContentScriptOptions {
  /** Reads the page; given a pause that waits for the page to be idle, to call between stages. */
  readPage: (doc: Document, pause: () => Promise<void>) => Analysis | Promise<Analysis>;
  preCheck: (doc: Document) => boolean;
}

export type PageWindow = IdleHost &
  NavigationHost & {
    document: Document;
    matchMedia?: (query: string) => { matches: boolean };
    performance?: StepTimeline;
    clearTimeout(handle: unknown): void;
  };

export function startContentScript(api: ExtensionApi, win: PageWindow, options: ContentScriptOptions): { reporter: ContentReporter; stop: () => void } {
  // Each piece of work between idle waits (the pre-check with the first stage, then each stage)
  // is one measured step.
  const steps = measureSteps(win.performance);
  const reporter = createContentReporter({
    doc: win.document,
    extensionId: api.runtime.id,
    readPage: async (doc) => {
      try {
        return await options.readPage(doc, async () => {
          steps.end();
          await waitForIdle(win, 500);
          steps.begin();
        });
      } finally {
        steps.end();
      }
    },
    preCheck: (doc) => {
      steps.begin();
      const candidate = options.preCheck(doc);
      if (!candidate) steps.end();
      return candidate;
    },
    waitForIdle: () => waitForIdle(win),
    sendToBackground: (message) => api.runtime.sendMessage(message),
    smoothScroll: () => !(win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true),
  });
  api.runtime.onMessage.addListener((message, sender) => reporter.handleMessage(message, sender));

  let settle: unknown;
  const stop = watchNavigation(win, () => {
    reporter.reset();
    win.clearTimeout(settle);
    settle = win.setTimeout(() => void reporter.run(), SETTLE_MS);
  });
  void reporter.run();
  return { reporter, stop };
}
