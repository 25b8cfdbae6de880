// The typed protocol between content script, background and popup: defined once here.
// Every receiver validates what it gets with the guards below; nothing from a page is trusted.
import type { Analysis } from './types';

/** Where the content script's work on a tab stands. */
export type ReportState =
  | { state: 'analysing' }
  | { state: 'done'; analysis: Analysis }
  | { state: 'failed'; message: string };

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

/** Every message a content script accepts. */
export type ContentMessage = GetReportRequest | HighlightRequest;

/** Every message the background accepts. */
export type BackgroundMessage = CompareRequest;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** True when `value` is a message the content script accepts. */
export function isContentMessage(value: unknown): value is ContentMessage {
  if (!isObject(value)) return false;
  if (value.type === 'crossquote/get-report') return true;
  return value.type === 'crossquote/highlight' && (value.quoteId === null || typeof value.quoteId === 'string');
}

/** True when `value` is a message the background accepts. */
export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  return isObject(value) && value.type === 'crossquote/compare' && isObject(value.reading);
}
