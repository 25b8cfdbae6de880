// The library's messages: extension pages (options, popup) -> background, which owns the
// database and the in-memory index. Defined here and re-exported from utils/messages.ts.
import type { LibrarySettings } from './librarySettings';
import type { ArticleSummary } from './listArticles';
import type { ImportResult } from './importArticles';
import type { RejectedLine } from './parseLibraryJsonl';

export type LibraryOp =
  | { op: 'status' }
  | { op: 'settings'; change: Partial<LibrarySettings> }
  | { op: 'list'; search: string }
  | { op: 'delete'; id: string }
  | { op: 'forget-site'; site: string }
  | { op: 'clear' }
  | { op: 'export' }
  | { op: 'import'; content: string };

export type LibraryRequest = { type: 'crossquote/library' } & LibraryOp;

/** Settings and size: what the options page header and the popup's consent line show. */
export interface LibraryStatus {
  settings: LibrarySettings;
  articles: number;
  bytes: number;
}

export type LibraryResponse =
  | { ok: true; status: LibraryStatus; articles?: ArticleSummary[]; jsonl?: string; imported?: ImportResult; rejected?: RejectedLine[] }
  | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function isSettingsChange(v: unknown): v is Partial<LibrarySettings> {
  if (!isObject(v)) return false;
  if (Object.keys(v).some((k) => !['enabled', 'paused', 'neverKeep', 'maxArticles'].includes(k))) return false;
  return (
    (v.enabled === undefined || typeof v.enabled === 'boolean') &&
    (v.paused === undefined || typeof v.paused === 'boolean') &&
    (v.neverKeep === undefined || (Array.isArray(v.neverKeep) && v.neverKeep.every(isString))) &&
    (v.maxArticles === undefined || (Number.isInteger(v.maxArticles) && (v.maxArticles as number) >= 1))
  );
}

/** True when `value` is a well-formed library request. */
export function isLibraryRequest(value: unknown): value is LibraryRequest {
  if (!isObject(value) || value.type !== 'crossquote/library') return false;
  switch (value.op) {
    case 'status':
    case 'clear':
    case 'export':
      return true;
    case 'settings':
      return isSettingsChange(value.change);
    case 'list':
      return isString(value.search);
    case 'delete':
      return isString(value.id);
    case 'forget-site':
      return isString(value.site) && value.site.trim() !== '';
    case 'import':
      return isString(value.content);
    default:
      return false;
  }
}

/** True when `value` is the background's answer to a library request. */
export function isLibraryResponse(value: unknown): value is LibraryResponse {
  if (!isObject(value)) return false;
  if (value.ok === false) return isString(value.message);
  return value.ok === true && isObject(value.status) && isObject(value.status.settings) && typeof value.status.articles === 'number';
}
