// A structural check of `Analysis` (utils/types.ts), run by every receiver of one: the
// background checks what a content script sends, the popup what the content script answers,
// and the property tests what the pipeline returns. Hand-written rather than a schema library
// because the shape is small, the check runs in the content script and the popup (bundle size),
// and it must stay in step with types.ts, which a reviewer can compare line by line.
// Unknown extra fields are allowed (optional fields may be added later); missing or mistyped
// fields are not.
import { ANALYSIS_VERSION, type Analysis } from './types';

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const arrayOf = (v: unknown, check: (item: unknown) => boolean): boolean => Array.isArray(v) && v.every(check);

const STORY_RELATIONS = new Set(['same', 'copy', 'rewrite', 'related']);
const QUOTE_RELATIONS = new Set(['exact', 'partial', 'variant']);
const DIFF_OPS = new Set(['same', 'added', 'removed']);
const DIFFERENCE_KINDS = new Set(['quote', 'list', 'credits', 'number', 'spelling', 'only-here']);

function isArticleInfo(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.title) &&
    isStringOrNull(v.siteName) &&
    isStringOrNull(v.byline) &&
    isStringOrNull(v.published) &&
    isStringOrNull(v.lang) &&
    isString(v.text)
  );
}

function isQuote(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.id) &&
    isString(v.text) &&
    isStringOrNull(v.speaker) &&
    isOffset(v.start) &&
    isOffset(v.end) &&
    v.start <= v.end &&
    typeof v.fragment === 'boolean'
  );
}

function isMatchSource(v: unknown): boolean {
  return isRecord(v) && v.kind === 'library' && isString(v.readAt) && isStringOrNull(v.site) && isStringOrNull(v.url);
}

function isStoryMatch(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.docId) &&
    isString(v.outlet) &&
    isString(v.title) &&
    isFiniteNumber(v.similarity) &&
    v.similarity >= 0 &&
    v.similarity <= 1 &&
    STORY_RELATIONS.has(v.relation as string) &&
    isStringArray(v.credits) &&
    (v.source === undefined || isMatchSource(v.source))
  );
}

function isDiffPart(v: unknown): boolean {
  return isRecord(v) && DIFF_OPS.has(v.op as string) && isString(v.text);
}

function isCorpusQuote(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.docId) &&
    isString(v.outlet) &&
    isString(v.text) &&
    isStringOrNull(v.speaker) &&
    QUOTE_RELATIONS.has(v.relation as string) &&
    arrayOf(v.diff, isDiffPart)
  );
}

function isQuoteMatch(v: unknown): boolean {
  return isRecord(v) && isString(v.quoteId) && arrayOf(v.matches, isCorpusQuote);
}

function isDifferenceValue(v: unknown): boolean {
  return isRecord(v) && isString(v.docId) && isString(v.outlet) && (isString(v.value) || isStringArray(v.value));
}

function isDifference(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.id) &&
    isString(v.topic) &&
    DIFFERENCE_KINDS.has(v.kind as string) &&
    arrayOf(v.values, isDifferenceValue) &&
    (v.members === undefined || isStringArray(v.members)) &&
    (v.openEnded === undefined || isStringArray(v.openEnded))
  );
}

function isTimings(v: unknown): boolean {
  return isRecord(v) && Object.values(v).every(isFiniteNumber);
}

/** True when `value` has every field of an `Analysis`, each of the right type. */
export function isAnalysis(value: unknown): value is Analysis {
  if (!isRecord(value)) return false;
  return (
    value.version === ANALYSIS_VERSION &&
    isStringOrNull(value.url) &&
    typeof value.isArticle === 'boolean' &&
    isString(value.reason) &&
    (value.article === null || isArticleInfo(value.article)) &&
    arrayOf(value.quotes, isQuote) &&
    arrayOf(value.story, isStoryMatch) &&
    arrayOf(value.quoteMatches, isQuoteMatch) &&
    arrayOf(value.differences, isDifference) &&
    isStringArray(value.credits) &&
    isStringOrNull(value.problem) &&
    isTimings(value.timings)
  );
}
