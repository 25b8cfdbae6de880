// Checks one corpus article (NNN.txt + NNN.json) before it goes into the index. A bad file
// stops the build with a message naming the file and the problem, rather than shipping an
// index that mislabels an outlet or drops an article.
import type { CorpusMeta } from './indexFormat';

const KEYS = ['docId', 'outlet', 'title', 'titleDerived', 'credits', 'note', 'republishes', 'dated'];
const REQUIRED = ['docId', 'outlet', 'title', 'titleDerived', 'credits', 'note'];

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Returns the metadata typed, or throws an Error naming `fileName` and what is wrong.
 * `expectedDocId` is the number in the file name; `text` is the article text.
 */
export function validateCorpusSource(meta: unknown, text: string, fileName: string, expectedDocId: string): CorpusMeta {
  const fail = (problem: string): never => {
    throw new Error(`${fileName}: ${problem}`);
  };
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) fail('metadata must be a JSON object');
  const record = meta as Record<string, unknown>;
  for (const key of REQUIRED) if (!(key in record)) fail(`missing field "${key}"`);
  for (const key of Object.keys(record)) if (!KEYS.includes(key)) fail(`unknown field "${key}" (allowed: ${KEYS.join(', ')})`);
  if (record.docId !== expectedDocId) fail(`"docId" is ${JSON.stringify(record.docId)} but the file is number "${expectedDocId}"`);
  if (record.outlet !== null && !isNonEmptyString(record.outlet)) fail('"outlet" must be a non-empty string, or null when the text does not show it');
  if (!isNonEmptyString(record.title)) fail('"title" must be a non-empty string');
  if (/^(todo|tbd|untitled)$/i.test(String(record.title).trim())) fail(`"title" is a placeholder (${JSON.stringify(record.title)})`);
  if (typeof record.titleDerived !== 'boolean') fail('"titleDerived" must be true or false');
  if (!Array.isArray(record.credits) || !record.credits.every(isNonEmptyString)) fail('"credits" must be a list of outlet names');
  if (new Set(record.credits as string[]).size !== (record.credits as string[]).length) fail('"credits" lists an outlet twice');
  if (typeof record.note !== 'string') fail('"note" must be a string');
  if ('republishes' in record && record.republishes !== null && !isNonEmptyString(record.republishes)) fail('"republishes" must be a non-empty string or null');
  if ('dated' in record && record.dated !== null && !(typeof record.dated === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.dated) && Number.isFinite(Date.parse(record.dated)))) {
    fail('"dated" must be a date written YYYY-MM-DD, or null');
  }
  if (!text.trim()) fail('the article text is empty');
  if (text.includes('\uFFFD')) fail('the article text is not valid UTF-8 (replacement characters found)');
  if (record.titleDerived === false && !text.includes(String(record.title))) {
    fail('"title" is marked as the text\'s own headline ("titleDerived": false) but does not appear in the text');
  }
  return record as unknown as CorpusMeta;
}
