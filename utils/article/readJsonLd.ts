// Reads the page's JSON-LD blocks into a flat list of typed nodes. Real pages wrap the JSON in
// CDATA or HTML comments, leave trailing commas, nest nodes in "@graph" arrays, or put several
// objects in one array; a page with broken JSON-LD must still be judged on its other signals,
// so this never throws. Hand-rolled because it is small and the tolerance rules are ours.

/** One schema.org node from the page's JSON-LD, reduced to the fields the pipeline reads. */
export interface JsonLdNode {
  /** The node's types, e.g. ["NewsArticle"]. */
  types: string[];
  headline: string | null;
  datePublished: string | null;
  /** Author names, in page order. */
  authors: string[];
  publisher: string | null;
  /** url, or mainEntityOfPage's @id/url. */
  url: string | null;
  inLanguage: string | null;
  /** The raw object, for checks this reader does not name. */
  raw: Record<string, unknown>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  if (isRecord(value)) return str(value['@id'] ?? value.url ?? value.name);
  return null;
}

function typesOf(node: Record<string, unknown>): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" both mean NewsArticle.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (isRecord(item) && typeof item.name === 'string' && item.name.trim()) out.push(item.name.trim());
  }
  return out;
}

/** Parses one script's text, repairing the common breakages; null when it cannot. */
export function parseJsonLdText(text: string): Json | null {
  const cleaned = text
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .trim();
  if (!cleaned) return null;
  const attempts = [
    cleaned,
    // Trailing commas before } or ] (common in hand-written templates).
    cleaned.replace(/,\s*([}\]])/g, '$1'),
    // Raw newlines or tabs inside strings, which JSON forbids.
    cleaned.replace(/,\s*([}\]])/g, '$1').replace(/[\n\r\t]+/g, ' '),
  ];
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt) as Json;
    } catch {
      // try the next repair
    }
  }
  return null;
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  const types = typesOf(value);
  if (types.length) {
    const mainEntity = value.mainEntityOfPage;
    out.push({
      types,
      headline: str(value.headline) ?? str(value.name),
      datePublished: str(value.datePublished) ?? str(value.dateCreated),
      authors: names(value.author ?? value.creator),
      publisher: names(value.publisher)[0] ?? null,
      url: str(value.url) ?? (isRecord(mainEntity) ? str(mainEntity) : str(mainEntity)),
      inLanguage: str(value.inLanguage),
      raw: value,
    });
  }
  // "@graph" holds the page's nodes side by side; nested items (ItemList members) are not the page.
  if (Array.isArray(value['@graph'])) collect(value['@graph'], out, depth + 1);
}

/** Every typed JSON-LD node of the page (top level and inside @graph), in page order. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const parsed = parseJsonLdText(script.textContent ?? '');
    if (parsed !== null) collect(parsed, out, 0);
  }
  return out;
}
