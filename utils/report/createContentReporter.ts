// The content script's logic, free of browser APIs so it can be tested with a fake browser:
// read the page once it is idle, ask the background to compare the reading with the corpus,
// keep the result for the popup, answer the popup's messages (only the extension's), and
// highlight a quote when asked. The entrypoint wires it to browser.runtime and window.
import type { Analysis } from '../types';
import { emptyAnalysis } from '../pipeline/emptyAnalysis';
import {
  isCompareResponse,
  isContentMessage,
  type CompareRequest,
  type HighlightResponse,
  type ReportState,
} from '../messages';
import { highlightText, type Highlight } from './highlightText';

export interface ContentReporterDeps {
  doc: Document;
  /** This extension's id: messages from anyone else are ignored. */
  extensionId: string;
  /** The first half of the pipeline (utils/pipeline/readPage.ts: readPageInSteps in the browser, so the page runs between stages). */
  readPage: (doc: Document) => Analysis | Promise<Analysis>;
  /** The cheap pre-check (utils/article/looksLikeArticleCandidate): plainly non-article pages stop here. */
  preCheck: (doc: Document) => boolean;
  /** Resolves when the page is idle; called before each expensive step. */
  waitForIdle: () => Promise<void>;
  /** Sends a message to the background and resolves with its (unvalidated) answer. */
  sendToBackground: (message: CompareRequest) => Promise<unknown>;
  /** Whether to scroll smoothly to a highlight (false when the reader prefers reduced motion). */
  smoothScroll?: () => boolean;
}

export interface ContentReporter {
  /** Reads the current page (again); a newer run supersedes an older one still in flight. */
  run(): Promise<void>;
  /** The page changed under us (single-page navigation): drop the old report and highlight. */
  reset(): void;
  /** What the popup is told. */
  state(): ReportState;
  /** runtime.onMessage handler: a Promise for messages it answers, undefined for anything else. */
  handleMessage(message: unknown, sender: { id?: string }): Promise<ReportState | HighlightResponse> | undefined;
}

/** Document types Crossquote can read; anything else (PDF viewer, images, plain text) is reported as such. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** What the popup says about a page the pre-check turned away. */
export const NOT_A_CANDIDATE =
  'This page shows none of the signs of a news article: no article markup, no publication date, no paragraphs of running text.';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createContentReporter(deps: ContentReporterDeps): ContentReporter {
  const { doc } = deps;
  let current: ReportState = { state: 'analysing' };
  let generation = 0;
  let highlight: Highlight | null = null;
  /** True once the background has been told about an article, so it must also hear when the page stops being one (to clear the badge). */
  let backgroundKnows = false;

  const clearHighlight = (): void => {
    highlight?.remove();
    highlight = null;
  };

  async function compare(reading: Analysis, run: number): Promise<void> {
    if (!reading.isArticle && !backgroundKnows) {
      current = { state: 'done', analysis: reading };
      return;
    }
    backgroundKnows = reading.isArticle;
    let answer: unknown;
    try {
      answer = await deps.sendToBackground({ type: 'crossquote/compare', reading });
    } catch (error) {
      if (run === generation) current = { state: 'failed', message: `Crossquote's background could not be reached (${errorText(error)}).` };
      return;
    }
    if (run !== generation) return;
    if (!isCompareResponse(answer)) current = { state: 'failed', message: 'The comparison with the corpus gave an answer Crossquote does not understand.' };
    else if (answer.ok) current = { state: 'done', analysis: answer.analysis };
    else current = { state: 'failed', message: answer.message };
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    current = { state: 'analysing' };
    const type = (doc.contentType || 'text/html').toLowerCase();
    if (!HTML_TYPES.has(type)) {
      current = {
        state: 'unsupported',
        message:
          type === 'application/pdf'
            ? 'This is a PDF. Crossquote reads news web pages, not PDF documents.'
            : `This is not a web page (${type}); Crossquote reads news web pages.`,
      };
      return;
    }
    await deps.waitForIdle();
    if (mine !== generation) return;
    let reading: Analysis;
    try {
      reading = deps.preCheck(doc) ? await deps.readPage(doc) : emptyAnalysis(NOT_A_CANDIDATE, null);
    } catch (error) {
      current = { state: 'failed', message: `Crossquote could not read this page (${errorText(error)}). The page was not changed.` };
      return;
    }
    if (mine !== generation) return;
    if (reading.isArticle) await deps.waitForIdle();
    if (mine !== generation) return;
    await compare(reading, mine);
  }

  function highlightQuote(quoteId: string | null): HighlightResponse {
    clearHighlight();
    if (quoteId === null) return { found: true };
    if (current.state !== 'done') return { found: false };
    const quote = current.analysis.quotes.find((q) => q.id === quoteId);
    if (!quote) return { found: false };
    const body = current.analysis.article?.text ?? '';
    const context = { before: body.slice(Math.max(0, quote.start - 80), quote.start), after: body.slice(quote.end, quote.end + 80) };
    highlight = highlightText(doc, quote.text, { smooth: deps.smoothScroll?.() ?? false, context });
    return { found: highlight !== null };
  }

  return {
    run,
    reset() {
      generation++;
      clearHighlight();
      current = { state: 'analysing' };
    },
    state: () => current,
    handleMessage(message, sender) {
      if (sender.id !== deps.extensionId || !isContentMessage(message)) return undefined;
      if (message.type === 'crossquote/get-report') return Promise.resolve(current);
      try {
        return Promise.resolve(highlightQuote(message.quoteId));
      } catch {
        return Promise.resolve({ found: false });
      }
    },
  };
}
