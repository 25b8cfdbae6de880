// Deterministic synthetic corpora for the scale benchmark: the five real corpus texts,
// perturbed rewrites of them (sentences reordered, words swapped, quotes cut) and unrelated
// filler articles from a seeded generator. Same seed -> byte-identical corpus.
import type { CorpusSource } from '../../utils/corpus/buildIndex';
import { seededRandom, type Random } from './seededRandom';

/** Rewrites of the real story in every synthetic corpus (constant, so the right answer has the same size at every scale). */
export const REWRITES_PER_REAL_DOC = 2;

export interface SyntheticCorpus {
  sources: CorpusSource[];
  /** docIds of the five real texts. */
  realIds: string[];
  /** docId of each rewrite -> docId of the real text it rewrites. */
  rewriteOf: Record<string, string>;
}

const SWAPS: Record<string, string> = {
  said: 'stated', leaders: 'heads', meeting: 'talks', summit: 'gathering', future: 'fate',
  peace: 'settlement', deal: 'agreement', minister: 'premier', week: 'days', forces: 'troops',
  European: 'EU', emergency: 'urgent', told: 'informed', added: 'continued', security: 'defence',
  attacking: 'invading', only: 'sole', British: 'UK', also: 'too', after: 'following',
};

function shuffleSome<T>(items: T[], rnd: Random, swapChance: number): T[] {
  const out = [...items];
  for (let i = 0; i + 1 < out.length; i++) {
    if (rnd.next() < swapChance) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  }
  return out;
}

/** Cut a long quotation to its first part, keeping its marks, as outlets trimming a quote do. */
function cutQuotes(paragraph: string, rnd: Random): string {
  return paragraph.replace(/([“"])([^“”"]{30,})([”"])/g, (whole, open: string, inner: string, close: string) => {
    if (rnd.next() > 0.4) return whole;
    const words = inner.split(' ');
    return `${open}${words.slice(0, Math.max(3, Math.ceil(words.length * 0.6))).join(' ')}${close}`;
  });
}

/** Swap some words for near-synonyms and a few adjacent word pairs, as a rewriting sub-editor does. */
function swapWords(paragraph: string, rnd: Random): string {
  const words = paragraph.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const replacement = SWAPS[word];
    if (replacement && rnd.next() < 0.5) words[i] = replacement;
    else if (i + 1 < words.length && rnd.next() < 0.02) [words[i], words[i + 1]] = [words[i + 1]!, word];
  }
  return words.join(' ');
}

export function rewrite(text: string, rnd: Random): string {
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  const rewritten = paragraphs.map((p) => {
    const sentences = p.split(/(?<=[.!?][”"’]?)\s+(?=[“"A-Z])/);
    return swapWords(cutQuotes(shuffleSome(sentences, rnd, 0.3).join(' '), rnd), rnd);
  });
  // Keep the headline first; move some body paragraphs.
  return [rewritten[0] ?? '', ...shuffleSome(rewritten.slice(1), rnd, 0.25)].join('\n');
}

const FIRST = ['Anna', 'Tom', 'Priya', 'Lukas', 'Maria', 'James', 'Chen', 'Fatima', 'Oliver', 'Sofia', 'David', 'Aisha', 'Mark', 'Elena', 'Sam', 'Grace', 'Omar', 'Hannah', 'Ivan', 'Laura'];
const LAST = ['Hughes', 'Novak', 'Okafor', 'Lindqvist', 'Moreno', 'Patel', 'Kowalski', 'Brennan', 'Yamada', 'Schulz', 'Dubois', 'Rahman', 'Costa', 'Fischer', 'Walsh', 'Ahmed', 'Jensen', 'Rossi', 'Murphy', 'Kim'];
const PLACES = ['Leeds', 'Glasgow', 'Cardiff', 'Bristol', 'Lyon', 'Porto', 'Gdansk', 'Utrecht', 'Bologna', 'Valencia', 'Aarhus', 'Graz', 'Cork', 'Turku', 'Brno', 'Malmo', 'Nantes', 'Basel', 'Ghent', 'Seville'];
const TOPICS: Array<{ nouns: string[]; verbs: string[]; adjectives: string[] }> = [
  { nouns: ['council', 'budget', 'school', 'library', 'road', 'bus route', 'housing plan', 'park'], verbs: ['approved', 'delayed', 'rejected', 'reviewed', 'funded', 'expanded'], adjectives: ['local', 'new', 'disputed', 'long-awaited', 'costly'] },
  { nouns: ['striker', 'goalkeeper', 'manager', 'season', 'match', 'league', 'stadium', 'transfer'], verbs: ['won', 'lost', 'signed', 'scored', 'drew', 'missed'], adjectives: ['late', 'dramatic', 'home', 'away', 'record'] },
  { nouns: ['shares', 'bank', 'inflation', 'interest rate', 'retailer', 'market', 'profit', 'index'], verbs: ['rose', 'fell', 'reported', 'forecast', 'cut', 'raised'], adjectives: ['quarterly', 'annual', 'weaker', 'stronger', 'surprise'] },
  { nouns: ['storm', 'rainfall', 'flood warning', 'heatwave', 'river', 'forecast', 'wind', 'coastline'], verbs: ['hit', 'battered', 'eased', 'threatened', 'closed', 'flooded'], adjectives: ['heavy', 'severe', 'coastal', 'northern', 'unusual'] },
  { nouns: ['hospital', 'vaccine', 'trial', 'clinic', 'nurse', 'waiting list', 'patient', 'study'], verbs: ['showed', 'found', 'treated', 'opened', 'tested', 'reduced'], adjectives: ['clinical', 'early', 'promising', 'national', 'regional'] },
  { nouns: ['festival', 'album', 'exhibition', 'film', 'theatre', 'novel', 'gallery', 'concert'], verbs: ['opened', 'premiered', 'sold', 'won', 'drew', 'announced'], adjectives: ['sold-out', 'acclaimed', 'debut', 'summer', 'experimental'] },
  { nouns: ['startup', 'battery', 'chip', 'app', 'satellite', 'robot', 'network', 'data centre'], verbs: ['launched', 'built', 'tested', 'unveiled', 'recalled', 'upgraded'], adjectives: ['faster', 'cheaper', 'secure', 'experimental', 'open-source'] },
];
const TIMES = ['on Monday', 'on Tuesday', 'last week', 'this morning', 'on Friday evening', 'earlier this year', 'in March', 'overnight'];
const REPORTING = ['said', 'told reporters', 'said in a statement', 'added', 'told the BBC', 'wrote on social media'];

function person(rnd: Random): string {
  return `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
}

function clause(rnd: Random, topic: (typeof TOPICS)[number]): string {
  const n = rnd.int(1000);
  return `the ${rnd.pick(topic.adjectives)} ${rnd.pick(topic.nouns)} in ${rnd.pick(PLACES)} ${rnd.pick(topic.verbs)} ${rnd.pick(['a', 'the', 'another', 'its'])} ${rnd.pick(topic.adjectives)} ${rnd.pick(topic.nouns)} ${rnd.pick(TIMES)}${rnd.next() < 0.4 ? ` by ${n} ${rnd.pick(['percent', 'points', 'metres', 'votes', 'pounds'])}` : ''}`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** An unrelated news-like article (headline, 8-20 paragraphs, some quotes with speakers). */
export function fillerArticle(rnd: Random): string {
  const topic = rnd.pick(TOPICS);
  const lines = [capital(clause(rnd, topic))];
  const paragraphs = 8 + rnd.int(13);
  for (let p = 0; p < paragraphs; p++) {
    const kind = rnd.int(4);
    if (kind === 0) lines.push(`“${capital(clause(rnd, topic))},” ${person(rnd)} ${rnd.pick(REPORTING)}.`);
    else if (kind === 1) lines.push(`${person(rnd)} ${rnd.pick(REPORTING)}: “${capital(clause(rnd, topic))}. ${capital(clause(rnd, topic))}.”`);
    else lines.push(`${capital(clause(rnd, topic))}. ${capital(clause(rnd, topic))}.`);
  }
  return lines.join('\n');
}

/** A corpus of `size` articles (size >= 5 + rewrites): real five, their rewrites, then filler. */
export function syntheticCorpus(real: CorpusSource[], size: number, seed = 20250217): SyntheticCorpus {
  const rnd = seededRandom(seed);
  // Real texts keep their ids ("000" …); synthetic ones are "00005" … so they never collide.
  const id = (n: number): string => String(n).padStart(5, '0');
  const sources: CorpusSource[] = [];
  const realIds: string[] = [];
  const rewriteOf: Record<string, string> = {};
  for (const source of real) {
    realIds.push(source.meta.docId);
    sources.push(source);
  }
  for (let copy = 0; copy < REWRITES_PER_REAL_DOC; copy++) {
    real.forEach((source, i) => {
      if (sources.length >= size) return;
      const docId = id(sources.length);
      rewriteOf[docId] = realIds[i]!;
      const text = rewrite(source.text, rnd);
      sources.push({ meta: { docId, outlet: `Synthetic outlet ${docId}`, title: text.split('\n')[0]!.slice(0, 80), titleDerived: true, credits: [], note: `A synthetic rewrite of ${realIds[i]}.` }, text });
    });
  }
  while (sources.length < size) {
    const docId = id(sources.length);
    const text = fillerArticle(rnd);
    sources.push({ meta: { docId, outlet: `Filler outlet ${docId}`, title: text.split('\n')[0]!.slice(0, 80), titleDerived: true, credits: [], note: 'Unrelated synthetic filler.' }, text });
  }
  return { sources, realIds, rewriteOf };
}
