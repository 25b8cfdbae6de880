// The message guards: what each receiver accepts, and what it ignores.
import { describe, expect, it } from 'vitest';
import {
  isBackgroundMessage,
  isCompareResponse,
  isContentMessage,
  isGetDocResponse,
  isHighlightResponse,
  isReportState,
} from '../utils/messages';
import { emptyAnalysis } from '../utils/analyze';

const analysis = emptyAnalysis('Not an article.');
const broken = { ...analysis, quotes: 'none' };

describe('message guards', () => {
  it.each([
    [isContentMessage, { type: 'crossquote/get-report' }, true],
    [isContentMessage, { type: 'crossquote/highlight', quoteId: 'q1' }, true],
    [isContentMessage, { type: 'crossquote/highlight', quoteId: null }, true],
    [isContentMessage, { type: 'crossquote/highlight' }, false],
    [isContentMessage, { type: 'crossquote/highlight', quoteId: { id: 'q1' } }, false],
    [isContentMessage, { type: 'crossquote/compare', reading: analysis }, false],
    [isContentMessage, null, false],
    [isBackgroundMessage, { type: 'crossquote/compare', reading: analysis }, true],
    [isBackgroundMessage, { type: 'crossquote/compare', reading: broken }, false],
    [isBackgroundMessage, { type: 'crossquote/compare' }, false],
    [isBackgroundMessage, { type: 'crossquote/get-doc', docId: '004' }, true],
    [isBackgroundMessage, { type: 'crossquote/get-doc', docId: '4' }, false],
    [isBackgroundMessage, { type: 'crossquote/get-doc', docId: '__proto__' }, false],
    [isBackgroundMessage, { type: 'crossquote/get-report' }, false],
    [isReportState, { state: 'analysing' }, true],
    [isReportState, { state: 'done', analysis }, true],
    [isReportState, { state: 'done', analysis: broken }, false],
    [isReportState, { state: 'failed', message: 'x' }, true],
    [isReportState, { state: 'unsupported', message: 'x' }, true],
    [isReportState, { state: 'failed' }, false],
    [isReportState, { state: 'ready' }, false],
    [isCompareResponse, { ok: true, analysis }, true],
    [isCompareResponse, { ok: true, analysis: broken }, false],
    [isCompareResponse, { ok: false, message: 'x' }, true],
    [isCompareResponse, { ok: 'yes', analysis }, false],
    [isHighlightResponse, { found: true }, true],
    [isHighlightResponse, { found: 'true' }, false],
    [isGetDocResponse, { ok: false, message: 'x' }, true],
    [isGetDocResponse, { ok: true, doc: { docId: '001', outlet: 'Tribune Online', title: 't', titleDerived: true, credits: ['BBC'], note: '', text: 'x' } }, true],
    [isGetDocResponse, { ok: true, doc: { docId: '001', outlet: 'Tribune Online', title: 't', credits: ['BBC'], note: '', text: 'x' } }, false],
  ] as const)('%o(%j) is %s', (guard, value, expected) => {
    expect(guard(value)).toBe(expected);
  });
});
