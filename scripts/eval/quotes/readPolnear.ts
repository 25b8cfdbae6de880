// Reads one PolNeAR split folder (text/*.txt + attributions/*.ann, brat standoff) into plain
// records. Brat offsets count Unicode code points; JavaScript strings count UTF-16 units, so each
// offset is mapped. The NYT texts (a LexisNexis export) write a quotation mark as two apostrophes
// (''…''); a reader of the NYT page sees “…”, so '' becomes one " and offsets are mapped again.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A span of the (normalised) article text. */
export interface Span {
  start: number;
  end: number;
}

/** One annotated attribution: who (source, may be absent) said what (content, one or more pieces). */
export interface GoldAttribution {
  cue: string;
  source: (Span & { text: string }) | null;
  content: Span[];
}

/** One article of the split. */
export interface PolnearDoc {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Code-point offset -> UTF-16 offset table for `raw`. */
function codePointTable(raw: string): number[] {
  const table: number[] = [];
  let u = 0;
  for (const ch of raw) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return table;
}

/** The text with '' as ", and old UTF-16 offset -> new offset. */
function normaliseMarks(raw: string): { text: string; map: number[] } {
  const map: number[] = new Array<number>(raw.length + 1);
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    map[i] = out.length;
    if (raw[i] === "'" && raw[i + 1] === "'") {
      map[i + 1] = out.length;
      out += '"';
      i++;
    } else {
      out += raw[i];
    }
  }
  map[raw.length] = out.length;
  return { text: out, map };
}

/** Parses one .ann file into attributions, offsets mapped through `at`. */
function parseAnn(ann: string, at: (cp: number) => number, text: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T')) {
      const [, ...ranges] = (cols[1] ?? '').split(' ');
      const pieces = ranges
        .join(' ')
        .split(';')
        .map((r) => r.trim().split(' ').map(Number))
        .filter((r) => r.length === 2 && r.every(Number.isFinite))
        .map(([s, e]) => ({ start: at(s ?? 0), end: at(e ?? 0) }));
      spans.set(id, pieces);
    } else if (id.startsWith('E')) {
      events.push((cols[1] ?? '').split(' '));
    }
  }
  for (const args of events) {
    let source: GoldAttribution['source'] = null;
    const content: Span[] = [];
    let cue = '';
    for (const arg of args.slice(1)) {
      const [role, ref] = arg.split(':');
      const pieces = spans.get(ref ?? '') ?? [];
      if (role === 'Source' && pieces.length > 0) {
        const first = pieces[0];
        const last = pieces[pieces.length - 1];
        if (first && last) source = { start: first.start, end: last.end, text: pieces.map((p) => text.slice(p.start, p.end)).join(' ') };
      } else if (role === 'Cue') {
        cue = pieces.map((p) => text.slice(p.start, p.end)).join(' ');
      } else if (role?.startsWith('Content')) {
        content.push(...pieces);
      }
    }
    if (content.length > 0) out.push({ cue, source, content });
  }
  return out;
}

/** Every article of the split folder, in file-name order (first annotator's file when there are two). */
export function readPolnear(folder: string): PolnearDoc[] {
  const textDir = join(folder, 'text');
  const annDir = join(folder, 'attributions');
  const anns = readdirSync(annDir).sort();
  const docs: PolnearDoc[] = [];
  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const base = file.slice(0, -4);
    const annFile = anns.find((a) => a.startsWith(`${base}_`) && a.endsWith('.ann'));
    if (!annFile) continue;
    const raw = readFileSync(join(textDir, file), 'utf8');
    const cp = codePointTable(raw);
    const { text, map } = normaliseMarks(raw);
    const at = (offset: number): number => map[cp[Math.min(offset, cp.length - 1)] ?? raw.length] ?? text.length;
    docs.push({ name: base, text, attributions: parseAnn(readFileSync(join(annDir, annFile), 'utf8'), at, text) });
  }
  return docs;
}
