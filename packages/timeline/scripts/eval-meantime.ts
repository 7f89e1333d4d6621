/**
 * MEANTIME Apple (Wikinews, 30 articles, `../shared/data/xdoc/meantime`):
 *
 * 1. temporal tagging: TempEval-3 timex metrics as `eval.ts` computes them for
 *    TimeBank (every gold TIMEX3 with tokens, the dateline included; system
 *    timexes only in the annotated part, sentences 0–5), reference date = the
 *    article's creation time;
 * 2. one entry per event across documents: `buildTimeline` over the 30
 *    articles (each with its creation time as `publishedAt`); a "unit" is a
 *    (document, sentence) of the fully annotated part (title, date line, four
 *    sentences) that is a source of some timeline entry and holds a mention of
 *    a gold event instance told by two or more documents. A system pair = two units of different documents in one entry;
 *    a gold pair = two units of different documents whose sentences hold
 *    mentions of one cross-document event instance. P = correct / system
 *    pairs, R = correct / gold pairs.
 *
 * Tuning: the articles at even index (id-sorted) are the tuning part; the odd
 * ones are reported apart (`--errors` lists tuning-part errors only).
 *
 *   npx tsx --conditions=@newsparse/source packages/timeline/scripts/eval-meantime.ts [--errors]
 */
import { parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline, tagTemporalExpressions } from "../src/index.js";
import { type Counts, emptyCounts, prf, scoreDocument } from "./timeml.js";
import { type MeantimeDocument, loadMeantime, xdocDataDir } from "./xdoc.js";

const xdoc = xdocDataDir();
if (!xdoc) {
  console.log("skipped: ../shared/data/xdoc not found (needs xdoc/meantime; docs/evaluation.md says where to get it)");
  process.exit(0);
}
const showErrors = process.argv.includes("--errors");
const docs = loadMeantime(xdoc);
const parts: Record<string, MeantimeDocument[]> = {
  "tune (even)": docs.filter((_, i) => i % 2 === 0),
  "report (odd)": docs.filter((_, i) => i % 2 === 1),
  all: docs,
};

const fmt = (n: number) => n.toFixed(1).padStart(5);
console.log("\n### MEANTIME Apple: temporal tagging (TempEval-3 metrics, reference date = creation time)\n");
console.log("| part         | docs | gold | str P | str R | str F | rel F | typeF | valP  | valR  | valF  |");
console.log("|--------------|------|------|-------|-------|-------|-------|-------|-------|-------|-------|");
for (const [name, list] of Object.entries(parts)) {
  const c: Counts = emptyCounts();
  for (const d of list) {
    const sys = tagTemporalExpressions(d.text, { referenceDate: d.dct }).filter((t) => t.start < d.annotatedEnd).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, rule: t.rule }));
    const { pairs, unmatched } = scoreDocument(d.timexes, sys, c);
    if (showErrors && name === "tune (even)") {
      for (const p of pairs) {
        if (!p.system) console.log(`MISS  ${d.id} [${d.dct}] "${p.gold.text}" ${p.gold.type} ${p.gold.value}`);
        else if (p.system.value !== p.gold.value || p.system.type !== p.gold.type)
          console.log(`DIFF  ${d.id} [${d.dct}] "${p.gold.text}" ${p.gold.type} ${p.gold.value} ← "${d.text.slice(p.system.start, p.system.end)}" ${p.system.type} ${p.system.value} [${p.system.rule ?? ""}]`);
      }
      for (const u of unmatched) console.log(`FP    ${d.id} [${d.dct}] "${d.text.slice(u.start, u.end)}" ${u.type} ${u.value} … ${d.text.slice(Math.max(0, u.start - 30), u.end + 30).replace(/\s+/g, " ")}`);
    }
  }
  const s = prf(c.strict, c);
  const r = prf(c.relaxed, c);
  const t = prf(c.type, c);
  const v = prf(c.value, c);
  console.log(`| ${name.padEnd(12)} | ${String(list.length).padStart(4)} | ${String(c.gold).padStart(4)} | ${fmt(s.p)} | ${fmt(s.r)} | ${fmt(s.f)} | ${fmt(r.f)} | ${fmt(t.f)} | ${fmt(v.p)} | ${fmt(v.r)} | ${fmt(v.f)} |`);
}

// cross-document merging
const documents = docs.map((d) => parseDocument(d.text, { id: d.id, publishedAt: d.dct, title: d.text.slice(0, d.titleEnd) }));
const { timeline } = buildTimeline(documents);
const byId = new Map(docs.map((d) => [d.id, d]));
const sentenceOf = (d: MeantimeDocument, start: number, end: number): number => {
  // the gold sentence holding most of the source span
  let best = -1;
  let bestOverlap = 0;
  d.sentences.forEach((s, i) => {
    const o = Math.min(s.end, end) - Math.max(s.start, start);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = i;
    }
  });
  return best;
};
const unitKey = (docId: string, sentence: number) => `${docId}#${sentence}`;
// gold: instances of each annotated (doc, sentence)
// only instances told by two or more documents are cross-document events; a sentence counts as a unit
// when it holds a mention of one (elsewhere the cross-document annotation is silent, not negative)
const docsOf = new Map<string, Set<string>>();
for (const d of docs) for (const e of d.events) if (e.instance) docsOf.set(e.instance, (docsOf.get(e.instance) ?? new Set()).add(d.id));
const instances = new Map<string, Set<string>>();
for (const d of docs) {
  for (const e of d.events) {
    if (!e.instance || (docsOf.get(e.instance)?.size ?? 0) < 2) continue;
    const key = unitKey(d.id, e.sentence);
    const set = instances.get(key) ?? new Set<string>();
    set.add(e.instance);
    instances.set(key, set);
  }
}
// units: annotated sentences that are sources of some entry; entry membership
const entriesOf = new Map<string, Set<string>>();
for (const e of timeline) {
  for (const s of e.sources) {
    const d = byId.get(s.docId);
    if (!d) continue;
    const key = unitKey(d.id, sentenceOf(d, s.start, s.end));
    if (!instances.has(key)) continue;
    const set = entriesOf.get(key) ?? new Set<string>();
    set.add(e.id);
    entriesOf.set(key, set);
  }
}
const units = [...entriesOf.keys()].sort();
const evalPairs = (only: Set<string> | null) => {
  let system = 0;
  let gold = 0;
  let correct = 0;
  const errors: string[] = [];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i] as string;
      const b = units[j] as string;
      const da = a.split("#")[0] as string;
      const db = b.split("#")[0] as string;
      if (da === db) continue;
      if (only && !(only.has(da) && only.has(db))) continue;
      const ea = entriesOf.get(a) as Set<string>;
      const merged = [...(entriesOf.get(b) as Set<string>)].some((x) => ea.has(x));
      const ia = instances.get(a) as Set<string>;
      const same = [...(instances.get(b) as Set<string>)].some((x) => ia.has(x));
      if (merged) system++;
      if (same) gold++;
      if (merged && same) correct++;
      if (merged !== same && errors.length < 400) errors.push(`${merged ? "FALSE-MERGE" : "MISSED"} ${a} | ${b}`);
    }
  }
  return { system, gold, correct, errors };
};
console.log("\n### MEANTIME Apple: one timeline entry per event across documents (pairs of annotated sentences of different documents)\n");
console.log("| part         | units | gold pairs | system pairs | correct | P     | R     | F1    |");
console.log("|--------------|-------|------------|--------------|---------|-------|-------|-------|");
for (const [name, list] of Object.entries(parts)) {
  const ids = new Set(list.map((d) => d.id));
  const r = evalPairs(name === "all" ? null : ids);
  const p = r.system ? (100 * r.correct) / r.system : 0;
  const rec = r.gold ? (100 * r.correct) / r.gold : 0;
  const f = p + rec ? (2 * p * rec) / (p + rec) : 0;
  console.log(`| ${name.padEnd(12)} | ${String(units.filter((u) => ids.has(u.split("#")[0] as string)).length).padStart(5)} | ${String(r.gold).padStart(10)} | ${String(r.system).padStart(12)} | ${String(r.correct).padStart(7)} | ${fmt(p)} | ${fmt(rec)} | ${fmt(f)} |`);
  if (showErrors && name === "all") {
    for (const e of r.errors) {
      const [, a, b] = /^\S+ (\S+) \| (\S+)$/.exec(e) ?? [];
      const show = (u: string) => {
        const [id, s] = u.split("#");
        const d = byId.get(id as string) as MeantimeDocument;
        const sent = d.sentences[Number(s)] as { start: number; end: number };
        return d.text.slice(sent.start, sent.end).slice(0, 120);
      };
      console.log(`${e}\n   ${show(a as string)}\n   ${show(b as string)}`);
    }
  }
}
