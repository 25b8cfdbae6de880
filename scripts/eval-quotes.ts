// Quote and speaker quality on PolNeAR (hand-annotated attributions in US political news).
//   npm run --silent eval:quotes -- <split folder>… [--errors] [--errors-limit N] [--rules]
// e.g. /work/suites/networkdynamics+PolNeAR/data/train. Per split it prints: recall of the
// annotated direct quotes; precision of our quoted spans of 4+ words (true = mostly inside an
// annotated content); and, among annotated quotes whose source the article names (a source that
// is not only a pronoun), how often our speaker is right, wrong or missing (scripts/eval/quotes/
// sameEntity.ts defines "same entity"; "unverified" = the annotated source is a description such as
// "the president" and we give a person's name, which PolNeAR, having no coreference, cannot
// confirm or refute unless the article's own titles do (scripts/eval/quotes/titledAs.ts: "the
// president" is whoever the article calls "President …", when that is one person); it is
// reported apart and left out of "of those checkable"). The test split is for one final figure,
// never for tuning.
import { basename } from 'node:path';
import { missPattern } from './eval/quotes/missPattern';
import { readPolnear } from './eval/quotes/readPolnear';
import { scoreDoc, type SpeakerCase } from './eval/quotes/scoreDoc';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const limitAt = args.indexOf('--errors-limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 40;
const folders = args.filter((a, i) => !a.startsWith("--") && (limitAt < 0 || i !== limitAt + 1));
if (folders.length === 0) {
  console.error('usage: eval-quotes <PolNeAR split folder>… [--errors] [--errors-limit N]');
  process.exit(2);
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

for (const folder of folders) {
  const docs = readPolnear(folder);
  let gold = 0;
  let found = 0;
  let long = 0;
  let longTrue = 0;
  let pronounCases = 0;
  let pronounGiven = 0;
  let credited = 0;
  let creditedUnsourced = 0;
  const unsourcedRules = new Map<string, number>();
  const cases: SpeakerCase[] = [];
  const falseLong: Array<{ doc: string; text: string }> = [];
  const missed: Array<{ doc: string; text: string }> = [];
  const texts = new Map<string, string>();
  const started = performance.now();
  for (const doc of docs) {
    texts.set(doc.name, doc.text);
    const s = scoreDoc(doc);
    gold += s.gold;
    found += s.found;
    long += s.long;
    longTrue += s.longTrue;
    pronounCases += s.pronounCases;
    pronounGiven += s.pronounGiven;
    credited += s.credited;
    creditedUnsourced += s.creditedUnsourced;
    for (const r of s.unsourcedRules) unsourcedRules.set(r, (unsourcedRules.get(r) ?? 0) + 1);
    cases.push(...s.cases);
    falseLong.push(...s.falseLong);
    missed.push(...s.missed);
  }
  const ms = performance.now() - started;
  const count = (o: string): number => cases.filter((c) => c.outcome === o).length;
  console.log(`${basename(folder)}: ${docs.length} articles (${ms.toFixed(0)} ms)`);
  console.log(`  quote recall              ${pct(found, gold)} (${found}/${gold} annotated direct quotes)`);
  console.log(`  precision, 4+ words       ${pct(longTrue, long)} (${longTrue}/${long})`);
  console.log(`  speaker, named source     right ${pct(count('right'), cases.length)}  wrong ${pct(count('wrong'), cases.length)}  none ${pct(count('none'), cases.length)}  unverified ${pct(count('unverified'), cases.length)} (of ${cases.length})`);
  const checked = cases.length - count('unverified');
  console.log(`    of those checkable      right ${pct(count('right'), checked)}  wrong ${pct(count('wrong'), checked)}  none ${pct(count('none'), checked)} (of ${checked})`);
  console.log(`  speaker, pronoun source   given ${pct(pronounGiven, pronounCases)} (of ${pronounCases})`);
  console.log(`  speaker on a quote the annotators credit to no one: ${pct(creditedUnsourced, credited)} (${creditedUnsourced} of ${credited} quotes we credit)`);
  const nested = cases.filter((c) => c.nested).length;
  console.log(`    right through a report nested in the content ("“…,” X said, according to CNN"): ${nested}; without them right ${pct(count('right') - nested, cases.length)}`);
  if (args.includes('--rules')) {
    // Each rule's right and wrong answers: which rules cost more than they give.
    const byRule = new Map<string, { right: number; wrong: number; unverified: number }>();
    for (const c of cases) {
      if (c.outcome === 'none') continue;
      const tally = byRule.get(c.rule) ?? { right: 0, wrong: 0, unverified: 0 };
      tally[c.outcome]++;
      byRule.set(c.rule, tally);
    }
    for (const [rule, t] of [...byRule].sort((x, y) => y[1].wrong - x[1].wrong)) console.log(`    ${rule.padEnd(44)} right ${String(t.right).padStart(5)}  wrong ${String(t.wrong).padStart(4)}  unverified ${t.unverified}  on a quote credited to no one ${unsourcedRules.get(rule) ?? 0}`);
  }
  if (!showErrors) continue;
  const byPattern = new Map<string, SpeakerCase[]>();
  for (const c of cases) {
    if (c.outcome === 'right') continue;
    const key = `${c.outcome}: ${missPattern(texts.get(c.doc) ?? '', c)}`;
    byPattern.set(key, [...(byPattern.get(key) ?? []), c]);
  }
  for (const [key, list] of [...byPattern].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n  ${key} (${list.length})`);
    for (const c of list.slice(0, limit)) {
      const text = texts.get(c.doc) ?? '';
      const quote = text.slice(c.gold.start, c.gold.end).slice(0, 70);
      console.log(`    ${c.doc.slice(0, 40)} @${c.gold.start}  “${quote}”  source=[${c.gold.attribution.source?.text ?? ''}]  ours=[${c.quote?.speaker ?? ''}] ${c.rule}`);
    }
  }
  console.log(`\n  false quotes, 4+ words (${falseLong.length})`);
  for (const f of falseLong.slice(0, limit)) console.log(`    ${f.doc.slice(0, 40)}  “${f.text.slice(0, 90)}”`);
  console.log(`\n  missed quotes (${missed.length})`);
  for (const m of missed.slice(0, limit)) console.log(`    ${m.doc.slice(0, 40)}  “${m.text.slice(0, 90)}”`);
}
