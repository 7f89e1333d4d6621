/**
 * What each rule layer does to the tagger's answer, on the TUNING split (development data only):
 * every parser/refiner step is wrapped, and each mention it adds or removes is scored against the gold
 * (true positives gained or lost, false positives added or removed). Retypes of a tagger mention are
 * also bucketed by the tagger's confidence in its own type, to see where arbitration should draw the line.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/rule-errors.ts --model /tmp/tune-model.bin [--sets gmb,crossner,uner,gum,btc,wnut] [--examples 8]
 */
import path from "node:path";
import { createDefaultConfiguration, createEntityExtractor, type Mention } from "../src/index.js";
import type { ExtractionContext, Refiner } from "../src/pipeline/types.js";
import { taggerContradiction } from "../src/refiners/arbitration-refiner.js";
import { BTC_TUNING_FILE, isGmbDev, isTuningSentence, nerRoot, readConll, requireData } from "./lib/conll.js";
import { buildDocs, type EvalDoc } from "./lib/eval-lib.js";
import { optionValue, taggerFromArgs } from "./lib/tuning-cli.js";

if (!requireData()) process.exit(0);
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => optionValue(args, name);
const tagger = taggerFromArgs(args, "note: shipped model (trained on the GMB dev documents): judge the rules, not the tagger");
const sets = new Set((arg("--sets") ?? "gmb,crossner,uner,gum").split(","));
const nExamples = Number(arg("--examples") ?? 8);

type MapType = (t: string) => string | null;
interface Current {
  gold: Set<string>;
  ignored: [number, number][];
  mapType: MapType;
  taggerConf: Map<string, { type: string; confidence: number }>;
}
let current: Current | null = null;

interface Step {
  tpGain: number;
  tpLoss: number;
  fpAdded: number;
  fpRemoved: number;
  bad: string[];
  good: string[];
}
const steps = new Map<string, Step>();
const stepOf = (name: string): Step => {
  let s = steps.get(name);
  if (!s) steps.set(name, (s = { tpGain: 0, tpLoss: 0, fpAdded: 0, fpRemoved: 0, bad: [], good: [] }));
  return s;
};
/** Retypes of a tagger span: [confidence bucket] → [right, wrong]. */
const retypeBuckets = new Map<string, Map<number, [number, number]>>();

function keys(ms: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  if (!current) return out;
  for (const m of ms) {
    const t = current.mapType(m.type);
    if (!t) continue;
    if (current.ignored.some(([s, e]) => m.start < e && s < m.end)) continue;
    out.set(`${m.start}:${m.end}:${t}`, m);
  }
  return out;
}

function record(name: string, before: readonly Mention[], after: readonly Mention[]): void {
  if (!current) return;
  const a = keys(before);
  const b = keys(after);
  const step = stepOf(name);
  const gold = current.gold;
  const goldAt = (k: string): string => {
    const [s, e] = k.split(":");
    for (const g of gold) if (g.startsWith(`${s}:${e}:`)) return g.split(":")[2]!;
    return "-";
  };
  for (const [k, m] of b) {
    if (a.has(k)) continue;
    const span = k.split(":").slice(0, 2).join(":");
    const prev = [...a.keys()].find((x) => x.startsWith(`${span}:`));
    const note = `${JSON.stringify(m.text)} ${prev ? prev.split(":")[2] : "∅"}→${k.split(":")[2]} gold ${goldAt(k)}`;
    if (gold.has(k)) {
      step.tpGain++;
      step.good.push(note);
    } else {
      step.fpAdded++;
      step.bad.push(note);
    }
    const tc = current.taggerConf.get(span);
    if (prev && tc && tc.type !== k.split(":")[2]) {
      const bucket = Math.min(9, Math.floor(tc.confidence * 10));
      let byBucket = retypeBuckets.get(name);
      if (!byBucket) retypeBuckets.set(name, (byBucket = new Map()));
      const cell = byBucket.get(bucket) ?? [0, 0];
      cell[gold.has(k) ? 0 : 1]++;
      byBucket.set(bucket, cell);
    }
  }
  for (const [k, m] of a) {
    if (b.has(k)) continue;
    if (gold.has(k)) {
      step.tpLoss++;
      const span = k.split(":").slice(0, 2).join(":");
      if (![...b.keys()].some((x) => x.startsWith(`${span}:`))) step.bad.push(`${JSON.stringify(m.text)} ${k.split(":")[2]}→∅ (dropped) gold ${goldAt(k)}`);
    } else step.fpRemoved++;
  }
}

/** Per rule: the effect of undoing each of its mentions (ΔTP, ΔFP) with the tagger's contradiction margin. */
const undo = new Map<string, { c: number; dtp: number; dfp: number; note: string }[]>();
const arbitrateAt = arg("--at") ?? "arbitration";
function simulate(context: ExtractionContext, mentions: readonly Mention[]): void {
  if (!current || !context.tagger) return;
  const cur = current;
  const ok = (m: Mention): boolean | null => {
    const t = cur.mapType(m.type);
    if (!t || cur.ignored.some(([s, e]) => m.start < e && s < m.end)) return null;
    return cur.gold.has(`${m.start}:${m.end}:${t}`);
  };
  for (const m of mentions) {
    const c = taggerContradiction(context, m);
    if (c === -Infinity) continue;
    let dtp = 0;
    let dfp = 0;
    const r = ok(m);
    if (r === true) dtp--;
    else if (r === false) dfp--;
    const back: string[] = [];
    for (const t of context.tagger.mentions) {
      if (t.start < m.start || t.end > m.end) continue;
      if (mentions.some((o) => o !== m && o.start < t.end && t.start < o.end)) continue;
      const rt = ok(t);
      if (rt === true) dtp++;
      else if (rt === false) dfp++;
      back.push(`${t.text}/${t.type}`);
    }
    const list = undo.get(m.source) ?? [];
    list.push({ c, dtp, dfp, note: `${JSON.stringify(m.text)} ${m.type} c=${c.toFixed(1)} → [${back.join(", ")}] ΔTP ${dtp} ΔFP ${dfp}` });
    undo.set(m.source, list);
  }
}

const config = createDefaultConfiguration();
config.parsers = config.parsers.map((p) => (p.name === "tagger" ? tagger : p));
config.refiners = config.refiners.map((r, i): Refiner => ({
  name: r.name,
  refine(context, mentions) {
    if (r.name === arbitrateAt) simulate(context, mentions);
    const out = r.refine(context, mentions);
    // The first step sees every parser's candidates: compare its output with the tagger's alone.
    record(i === 0 ? `parsers+${r.name}` : r.name, i === 0 ? mentions.filter((m) => m.source === "tagger") : mentions, out);
    return out;
  },
}));
const full = createEntityExtractor(config);
const taggerOnly = createEntityExtractor({ parsers: [tagger], refiners: [] });

function run(name: string, docs: EvalDoc[], mapType: MapType, mapGold: MapType = (t) => t): void {
  steps.clear();
  retypeBuckets.clear();
  undo.clear();
  for (const d of docs) {
    const gold = new Set<string>();
    const ignored: [number, number][] = [];
    d.sentences.forEach((s, si) => {
      for (const g of s.spans) {
        const start = d.offsets[si]![g.start]![0];
        const end = d.offsets[si]![g.end - 1]![1];
        const t = mapGold(g.type);
        if (t) gold.add(`${start}:${end}:${t}`);
        else ignored.push([start, end]);
      }
    });
    const taggerConf = new Map<string, { type: string; confidence: number }>();
    for (const m of taggerOnly.extract(d.document, { resolve: false }).mentions) taggerConf.set(`${m.start}:${m.end}`, { type: mapType(m.type) ?? m.type, confidence: m.confidence });
    current = { gold, ignored, mapType, taggerConf };
    full.extract(d.document, { resolve: false });
    current = null;
  }
  console.log(`\n### ${name}: per step, true positives gained/lost, false positives added/removed (net = ΔTP − ΔFP/2 as a rough F1 sign)`);
  console.log("| step | +TP | −TP | +FP | −FP | net |\n|---|---:|---:|---:|---:|---:|");
  for (const [n, s] of steps) {
    if (!s.tpGain && !s.tpLoss && !s.fpAdded && !s.fpRemoved) continue;
    const net = s.tpGain - s.tpLoss - (s.fpAdded - s.fpRemoved) / 2;
    console.log(`| ${n} | ${s.tpGain} | ${s.tpLoss} | ${s.fpAdded} | ${s.fpRemoved} | ${net.toFixed(1)} |`);
  }
  for (const [n, s] of steps) {
    if (!s.bad.length || !nExamples) continue;
    console.log(`  ${n} wrong: ${s.bad.slice(0, nExamples).join("; ")}`);
    console.log(`  ${n} right: ${s.good.slice(0, Math.ceil(nExamples / 2)).join("; ")}`);
  }
  console.log("retypes of a tagger mention by tagger confidence (bucket: right/wrong):");
  for (const [n, byBucket] of retypeBuckets) {
    const cells = [...byBucket.entries()].sort((x, y) => x[0] - y[0]).map(([b, [r, w]]) => `${(b / 10).toFixed(1)}: ${r}/${w}`);
    console.log(`  ${n}: ${cells.join(", ")}`);
  }
  console.log(`undoing a rule's mention where the tagger contradicts it with margin ≥ θ (before "${arbitrateAt}"): ΔTP/ΔFP, net ≈ ΔTP − 0.72 ΔFP`);
  const grid = [-1000, 0, 2, 4, 6, 8, 12, 16, 24, 32, 48];
  console.log(`| rule | n | ${grid.map((g) => `θ ${g}`).join(" | ")} |`);
  for (const [n, list] of undo) {
    const cells = grid.map((g) => {
      let tp = 0;
      let fp = 0;
      for (const u of list) if (u.c >= g) ((tp += u.dtp), (fp += u.dfp));
      return `${tp}/${fp} (${(tp - 0.72 * fp).toFixed(1)})`;
    });
    console.log(`| ${n} | ${list.length} | ${cells.join(" | ")} |`);
  }
  if (args.includes("--undo-examples"))
    for (const [n, list] of undo) console.log(`  ${n}: ${list.sort((a, b) => b.c - a.c).slice(0, nExamples).map((u) => u.note).join("; ")}`);
}

if (sets.has("gmb")) {
  const gmb = readConll(path.join(nerRoot, "gmb.conll"), "gmb").filter((s) => isGmbDev(s.doc));
  run("GMB dev (index % 10 = 5)", buildDocs(gmb, (s) => s.doc, "gmb"), (t) => t);
}
const toPlace: MapType = (t) => (t === "GPE" || t === "LOC" || t === "FAC" || t === "LOC_OR_GPE" ? "GPE/LOC/FAC" : t === "MISC" ? null : t);
if (sets.has("crossner")) {
  const cross = ["politics", "science", "music", "literature", "ai"].flatMap((d, k) =>
    readConll(path.join(nerRoot, "crossner", `${d}_dev.onto.iob2`), "crossner").filter((_s, i) => isTuningSentence(i)).map((s, i) => ({ ...s, doc: k * 100000 + Math.floor(i / 20) })),
  );
  run("CrossNER dev (index % 5 = 2)", buildDocs(cross, (s) => s.doc, "crossner"), toPlace, toPlace);
}
const toUner: MapType = (t) => (t === "PERSON" ? "PER" : t === "ORG" ? "ORG" : t === "GPE" || t === "LOC" || t === "FAC" || t === "LOC_OR_GPE" ? "LOC" : null);
if (sets.has("uner")) {
  const uner = readConll(path.join(nerRoot, "uner", "ewt_dev.iob2"), "uner").filter((_s, i) => isTuningSentence(i));
  run("UNER EWT dev (index % 5 = 2)", buildDocs(uner, (_s, i) => Math.floor(i / 50), "uner"), toUner, toUner);
}
const toSocial: MapType = (t) => (t === "GPE" || t === "LOC" || t === "FAC" ? "LOC" : t === "PERSON" || t === "ORG" ? t : null);
if (sets.has("wnut")) {
  const wnut = readConll(path.join(nerRoot, "wnut17", "dev.conll"), "wnut");
  const toWnut: MapType = (t) => (t === "GPE" || t === "LOC" || t === "FAC" ? "LOC" : t === "NORP" || t === "EVENT" || t === "LAW" ? null : t);
  run("WNUT-17 dev", buildDocs(wnut, (_s, i) => Math.floor(i / 50), "wnut"), toWnut, toWnut);
}
if (sets.has("btc")) {
  const btc = readConll(path.join(nerRoot, "btc", BTC_TUNING_FILE), "btc");
  run(`BTC ${BTC_TUNING_FILE}`, buildDocs(btc, (_s, i) => Math.floor(i / 50), "btc"), toSocial, toSocial);
}
if (sets.has("gum")) {
  const gum = readConll(path.join(nerRoot, "gum", "gum_core_dev.iob2"), "gum");
  run("GUM core dev", buildDocs(gum, (s) => s.doc, "gum"), (t) => t, (t) => (t === "MISC" ? null : t));
}
