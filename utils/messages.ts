// The typed protocol between content script, background and popup: defined once here.
// Every receiver validates what it gets with the guards below and ignores anything else;
// nothing from a page (window.postMessage, DOM attributes) is ever treated as a message.
import type { Analysis } from './types';
import { isAnalysis } from './validateAnalysis';
import { isLibraryRequest, type LibraryRequest } from './library/libraryMessages';

export { isLibraryRequest, isLibraryResponse, type LibraryRequest, type LibraryResponse, type LibraryStatus } from './library/libraryMessages';

/** Where the content script's work on a tab stands. */
export type ReportState =
  | { state: 'analysing' }
  | { state: 'done'; analysis: Analysis }
  | { state: 'failed'; message: string }
  /** The page is one Crossquote cannot read (a PDF or other non-HTML document shown in the tab). */
  | { state: 'unsupported'; message: string };

/** Content script -> background: a page was read; compare it with the corpus. */
export interface CompareRequest {
  type: 'crossquote/compare';
  reading: Analysis;
}

/** Background -> content script: the finished analysis (or why it failed). */
export type CompareResponse = { ok: true; analysis: Analysis } | { ok: false; message: string };

/** Popup -> content script: what do you have for this tab? */
export interface GetReportRequest {
  type: 'crossquote/get-report';
}

/** Popup -> content script: scroll to and highlight one quote (or clear when quoteId is null). */
export interface HighlightRequest {
  type: 'crossquote/highlight';
  quoteId: string | null;
}

/** Content script -> popup: whether the quote's text was found and highlighted (true when cleared). */
export interface HighlightResponse {
  found: boolean;
}

/** Reader view -> background: the text of one corpus article (or of a library article, "lib:…"). */
export interface GetDocRequest {
  type: 'crossquote/get-doc';
  docId: string;
}

/** One corpus article as the reader view shows it. */
export interface CorpusText {
  docId: string;
  /** How the popup names the outlet (the index's outletLabel). */
  outlet: string;
  title: string;
  /** True when the title was derived by Crossquote because the text has none. */
  titleDerived: boolean;
  credits: string[];
  /** What the corpus README says about this text. */
  note: string;
  /** Paragraphs joined by "\n\n". */
  text: string;
  /** A library article's canonical URL, for a link to the original; corpus articles have none. */
  url?: string | null;
}

/** Background -> reader view. */
export type GetDocResponse = { ok: true; doc: CorpusText } | { ok: false; message: string };

/** Every message a content script accepts. */
export type ContentMessage = GetReportRequest | HighlightRequest;

/** Every message the background accepts (library requests only from the extension's own pages). */
export type BackgroundMessage = CompareRequest | GetDocRequest | LibraryRequest;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Corpus ids are the files' numbers, library ids "lib:" and a hash; anything else is refused before it reaches a lookup. */
const DOC_ID = /^(\d{3}|lib:[0-9a-z]{13})$/;

/** True when `value` is a message the content script accepts. */
export function isContentMessage(value: unknown): value is ContentMessage {
  if (!isObject(value)) return false;
  if (value.type === 'crossquote/get-report') return true;
  return value.type === 'crossquote/highlight' && (value.quoteId === null || typeof value.quoteId === 'string');
}

/** True when `value` is a message the background accepts (a compare request carries a whole valid Analysis). */
export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (!isObject(value)) return false;
  if (value.type === 'crossquote/compare') return isAnalysis(value.reading);
  if (value.type === 'crossquote/library') return isLibraryRequest(value);
  return value.type === 'crossquote/get-doc' && typeof value.docId === 'string' && DOC_ID.test(value.docId);
}

/** True when `value` is a content script's answer to `crossquote/get-report`. */
export function isReportState(value: unknown): value is ReportState {
  if (!isObject(value)) return false;
  switch (value.state) {
    case 'analysing':
      return true;
    case 'done':
      return isAnalysis(value.analysis);
    case 'failed':
    case 'unsupported':
      return typeof value.message === 'string';
    default:
      return false;
  }
}

/** True when `value` is the background's answer to `crossquote/compare`. */
export function isCompareResponse(value: unknown): value is CompareResponse {
  if (!isObject(value)) return false;
  if (value.ok === true) return isAnalysis(value.analysis);
  return value.ok === false && typeof value.message === 'string';
}

/** True when `value` is a content script's answer to `crossquote/highlight`. */
export function isHighlightResponse(value: unknown): value is HighlightResponse {
  return isObject(value) && typeof value.found === 'boolean';
}

function isCorpusText(value: unknown): value is CorpusText {
  return (
    isObject(value) &&
    typeof value.docId === 'string' &&
    typeof value.outlet === 'string' &&
    typeof value.title === 'string' &&
    typeof value.titleDerived === 'boolean' &&
    isStringArray(value.credits) &&
    typeof value.note === 'string' &&
    typeof value.text === 'string' &&
    (value.url === undefined || value.url === null || typeof value.url === 'string')
  );
}

/** True when `value` is the background's answer to `crossquote/get-doc`. */
export function isGetDocResponse(value: unknown): value is GetDocResponse {
  if (!isObject(value)) return false;
  if (value.ok === true) return isCorpusText(value.doc);
  return value.ok === false && typeof value.message === 'string';
}
