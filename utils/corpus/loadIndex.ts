// Loads and checks the bundled index. The index is trusted data from our own build, but a
// damaged download, a stale file from another version or a hand edit must fail loudly with
// a clear message, not as a wrong match or a crash deep in the matcher.
import { INDEX_FORMAT, type CorpusIndex } from './indexFormat';

const PREFIX = 'The corpus index is damaged or from another version';

function fail(problem: string): never {
  throw new Error(`${PREFIX} (expected format ${INDEX_FORMAT}): ${problem}. Rebuild it with \`npm run index\`.`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isIndexNumber = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Each list: ascending document indices that exist; no document posted under more keys than it has fingerprints. */
function checkPostings(postings: unknown, where: string, docs: Array<{ fingerprints: Record<'text' | 'quote' | 'terms', number> }>, kind: 'text' | 'quote' | 'terms'): void {
  if (!isObject(postings)) fail(`${where} is not an object`);
  const perDoc = new Array<number>(docs.length).fill(0);
  for (const [key, list] of Object.entries(postings)) {
    if (!Array.isArray(list) || list.length === 0 || !list.every(isIndexNumber)) fail(`${where}["${key}"] is not a list of indices`);
    for (let i = 0; i < list.length; i++) {
      const d = list[i] as number;
      if (d >= docs.length) fail(`${where}["${key}"] points at document ${d}, but there are ${docs.length}`);
      if (i > 0 && !((list[i - 1] as number) < d)) fail(`${where}["${key}"] is not in ascending order`);
      perDoc[d]! += 1;
    }
  }
  perDoc.forEach((n, d) => {
    if (n > docs[d]!.fingerprints[kind]) fail(`${where} lists document ${d} under ${n} keys, but it has ${docs[d]!.fingerprints[kind]} ${kind} fingerprints`);
  });
}

function checkPairPostings(postings: unknown, docCount: number): void {
  const where = 'quoteWordPostings';
  if (!isObject(postings)) fail(`${where} is not an object`);
  for (const [key, list] of Object.entries(postings)) {
    if (!Array.isArray(list) || list.length === 0 || !list.every(isIndexNumber)) fail(`${where}["${key}"] is not a list of indices`);
    if (list.length % 2 !== 0) fail(`${where}["${key}"] is not a list of [doc, quote] pairs`);
    for (let i = 0; i < list.length; i += 2) if ((list[i] as number) >= docCount) fail(`${where}["${key}"] points at document ${list[i]}, but there are ${docCount}`);
  }
}

/** The index, checked; throws an Error saying what is wrong otherwise. */
export function loadIndex(json: unknown): CorpusIndex {
  if (!isObject(json)) fail('it is not a JSON object');
  if (json.format !== INDEX_FORMAT) fail(`its format is ${JSON.stringify(json.format)}`);
  const docs = json.docs;
  if (!Array.isArray(docs)) fail('"docs" is not a list');
  const ids = new Set<string>();
  docs.forEach((doc: unknown, d) => {
    const where = `docs[${d}]`;
    if (!isObject(doc)) fail(`${where} is not an object`);
    if (!isString(doc.docId) || !/^\d{3,}$/.test(doc.docId)) fail(`${where}.docId is not a corpus number`);
    if (ids.has(doc.docId)) fail(`docId ${doc.docId} appears twice`);
    ids.add(doc.docId);
    for (const key of ['title', 'outletLabel', 'text', 'note'] as const) if (!isString(doc[key])) fail(`${where}.${key} is not a string`);
    if (doc.outlet !== null && !isString(doc.outlet)) fail(`${where}.outlet is neither a string nor null`);
    if (typeof doc.titleDerived !== 'boolean') fail(`${where}.titleDerived is not true/false`);
    if (doc.dated !== undefined && doc.dated !== null && !isString(doc.dated)) fail(`${where}.dated is neither a date nor null`);
    if (!Array.isArray(doc.credits) || !doc.credits.every(isString)) fail(`${where}.credits is not a list of names`);
    if (!Array.isArray(doc.quotes)) fail(`${where}.quotes is not a list`);
    const text = doc.text as string;
    doc.quotes.forEach((q: unknown, k) => {
      if (!isObject(q) || !isString(q.id) || !isString(q.text) || !isIndexNumber(q.start) || !isIndexNumber(q.end) || typeof q.fragment !== 'boolean' || (q.speaker !== null && !isString(q.speaker))) {
        fail(`${where}.quotes[${k}] is not a quote`);
      }
      if (text.slice(q.start as number, q.end as number) !== q.text) fail(`${where}.quotes[${k}] does not point at its text`);
    });
    const counts = doc.fingerprints;
    if (!isObject(counts) || !isIndexNumber(counts.text) || !isIndexNumber(counts.quote) || !isIndexNumber(counts.terms)) {
      fail(`${where}.fingerprints is not a set of counts`);
    }
  });
  const counted = docs as Array<{ fingerprints: Record<'text' | 'quote' | 'terms', number> }>;
  checkPostings(json.postings, 'postings', counted, 'text');
  checkPostings(json.quotePostings, 'quotePostings', counted, 'quote');
  checkPostings(json.termPostings, 'termPostings', counted, 'terms');
  checkPairPostings(json.quoteWordPostings, docs.length);
  for (const [key, list] of Object.entries(json.quoteWordPostings as Record<string, number[]>)) {
    for (let i = 0; i < list.length; i += 2) {
      const quotes = (docs[list[i]!] as { quotes: unknown[] }).quotes;
      if (list[i + 1]! >= quotes.length) fail(`quoteWordPostings["${key}"] points at a quote that does not exist`);
    }
  }
  return json as unknown as CorpusIndex;
}
