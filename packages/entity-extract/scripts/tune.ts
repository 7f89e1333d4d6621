/**
 * Scores on the TUNING split, the only split rule and feature changes are chosen on:
 *   - GMB dev: documents whose index % 10 === 5 (OntoNotes types);
 *   - WNUT-17 dev (person, location, ORG = corporation+group, creative-work, product);
 *   - one Broad Twitter Corpus file (`BTC_TUNING_FILE`; PERSON, ORG, LOC);
 *   - CrossNER dev and UNER EWT dev sentences with index % 5 === 2 (`isTuningSentence`), GUM core dev.
 * Use a model trained without them (`train --tune --out /tmp/tune-model.bin`), given with
 * `--model`; without it the shipped model is used, which has seen the GMB dev and BTC documents
 * (rule deltas are still indicative, absolute figures are not).
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/tune.ts --model /tmp/tune-model.bin
 *
 * Options: `--quiet` (summary only), `--without a,b` (leave stages out), `--arbitration '{"rule":margin}'`,
 * `--name-runs` (for a model trained with `train --name-runs`), `--ablate` (a table: the pipeline without each parser/refiner in turn, F1 and its change per tuning set; with
 * `--per-type`, also each type's F1 per tuning set).
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { createArbitrationRefiner, createDefaultConfiguration, createEntityExtractor, createTaggerParser } from "../src/index.js";
import { decodeModelFile } from "../src/tagger/load-model.js";
import { setNameRunFeatures } from "../src/tagger/features.js";
import { BTC_TUNING_FILE, isGmbDev, isTuningSentence, nerRoot, readConll, requireData } from "./lib/conll.js";
import { buildDocs, micro, newScores, prf, scoreDoc, table, type EvalDoc, type Scores } from "./lib/eval-lib.js";

if (!requireData()) process.exit(0);
if (process.argv.includes("--name-runs")) setNameRunFeatures(true);

const args = process.argv.slice(2);
const mi = args.indexOf("--model");
let tagger = createTaggerParser();
if (mi >= 0) {
  tagger = createTaggerParser(decodeModelFile(readFileSync(path.resolve(args[mi + 1]!))));
} else console.log("note: shipped model (it was trained on the GMB dev and BTC tuning documents)");
const config = createDefaultConfiguration();
config.parsers = config.parsers.map((p) => (p.name === "tagger" ? tagger : p));
// --without a,b: leave these parsers/refiners out (to measure what each one brings).
const wi = args.indexOf("--without");
const without = new Set(wi >= 0 ? args[wi + 1]!.split(",") : []);
config.parsers = config.parsers.filter((p) => !without.has(p.name));
config.refiners = config.refiners.filter((r) => !without.has(r.name));
// --arbitration '{"gazetteer":0}': other thresholds for the arbitration refiner (JSON; "-Infinity" as a string allowed).
const ai = args.indexOf("--arbitration");
if (ai >= 0) {
  const margins = Object.fromEntries(Object.entries(JSON.parse(args[ai + 1]!) as Record<string, number | string>).map(([k, v]) => [k, Number(v)]));
  config.refiners = config.refiners.map((r) => (r.name === "arbitration" ? createArbitrationRefiner({ margins }) : r));
}
const full = createEntityExtractor(config);
const taggerOnly = createEntityExtractor({ parsers: [tagger], refiners: [] });
const quiet = args.includes("--quiet");

type System = (doc: EvalDoc) => { start: number; end: number; type: string }[];
const systems: [string, System][] = [
  ["newsparse", (d) => full.extract(d.document, { resolve: false }).mentions],
  ["tagger only", (d) => taggerOnly.extract(d.document, { resolve: false }).mentions],
];
const summary: string[] = [];
interface TuningSet {
  name: string;
  docs: EvalDoc[];
  mapType: (t: string) => string | null;
  mapGold: (t: string) => string | null;
}
const tuningSets: TuningSet[] = [];
function run(name: string, docs: EvalDoc[], mapType: (t: string) => string | null, mapGold: (t: string) => string | null = (t) => t): void {
  tuningSets.push({ name, docs, mapType, mapGold });
}
function score(set: TuningSet, sys: System): Scores {
  const s = newScores();
  for (const d of set.docs) scoreDoc(d, sys(d), set.mapType, s, set.mapGold);
  return s;
}

const gmb = readConll(path.join(nerRoot, "gmb.conll"), "gmb").filter((s) => isGmbDev(s.doc));
run("GMB dev (index % 10 = 5)", buildDocs(gmb, (s) => s.doc, "gmb"), (t) => t);
const toSocial = (t: string): string | null => (t === "GPE" || t === "LOC" || t === "FAC" ? "LOC" : t === "NORP" || t === "EVENT" || t === "LAW" ? null : t);
const wnut = readConll(path.join(nerRoot, "wnut17", "dev.conll"), "wnut").map((s) => ({ ...s, spans: s.spans.map((sp) => ({ ...sp, type: sp.type === "GPE" ? "LOC" : sp.type })) }));
run("WNUT-17 dev", buildDocs(wnut, (_s, i) => Math.floor(i / 50), "wnut"), toSocial);
const btc = readConll(path.join(nerRoot, "btc", BTC_TUNING_FILE), "btc").map((s) => ({ ...s, spans: s.spans.map((sp) => ({ ...sp, type: sp.type === "GPE" ? "LOC" : sp.type })) }));
const toBtc = (t: string): string | null => (t === "GPE" || t === "LOC" || t === "FAC" ? "LOC" : t === "PERSON" || t === "ORG" ? t : null);
run(`BTC ${BTC_TUNING_FILE}`, buildDocs(btc, (_s, i) => Math.floor(i / 50), "btc"), toBtc);
const toPlace = (t: string): string | null => (t === "GPE" || t === "LOC" || t === "FAC" || t === "LOC_OR_GPE" ? "GPE/LOC/FAC" : t === "MISC" ? null : t);
const cross = ["politics", "science", "music", "literature", "ai"].flatMap((d, k) =>
  readConll(path.join(nerRoot, "crossner", `${d}_dev.onto.iob2`), "crossner").filter((_s, i) => isTuningSentence(i)).map((s, i) => ({ ...s, doc: k * 100000 + Math.floor(i / 20) })),
);
run("CrossNER dev (index % 5 = 2; GPE/LOC/FAC merged, MISC unscored)", buildDocs(cross, (s) => s.doc, "crossner"), toPlace, toPlace);
const toUner = (t: string): string | null => (t === "PERSON" ? "PER" : t === "ORG" ? "ORG" : t === "GPE" || t === "LOC" || t === "FAC" || t === "LOC_OR_GPE" ? "LOC" : null);
const uner = readConll(path.join(nerRoot, "uner", "ewt_dev.iob2"), "uner").filter((_s, i) => isTuningSentence(i));
run("UNER EWT dev (index % 5 = 2; PER/ORG/LOC)", buildDocs(uner, (_s, i) => Math.floor(i / 50), "uner"), toUner, toUner);
const gum = readConll(path.join(nerRoot, "gum", "gum_core_dev.iob2"), "gum");
const toGum = (t: string): string | null => (t === "MISC" ? null : t);
run("GUM core dev (OntoNotes types; MISC, FAC, LAW, LANGUAGE unscored)", buildDocs(gum, (s) => s.doc, "gum"), (t) => t, toGum);
if (args.includes("--ablate")) {
  // --ablate: the full pipeline, then the same without each parser/refiner in turn (besides those of --without),
  // one process; micro F1 per tuning set and its change. A positive change means the stage costs F1 there.
  const base = config; // the tuning model, --without and --arbitration applied
  const stages = [...base.parsers.map((p) => p.name).filter((n) => n !== "tagger"), ...base.refiners.map((r) => r.name).filter((n) => n !== "overlap")];
  const f1 = (sys: System): number[] => tuningSets.map((set) => micro(score(set, sys)).f);
  const fullF1 = f1((d) => full.extract(d.document, { resolve: false }).mentions);
  const perType = args.includes("--per-type");
  const rowsByType: [string, Scores[]][] = [];
  if (perType) {
    rowsByType.push(["full", tuningSets.map((set) => score(set, (d) => full.extract(d.document, { resolve: false }).mentions))]);
    rowsByType.push(["tagger only", tuningSets.map((set) => score(set, (d) => taggerOnly.extract(d.document, { resolve: false }).mentions))]);
  }
  const short = (n: string): string => n.split(/[ (]/)[0]!;
  console.log(`| pipeline | ${tuningSets.map((t) => short(t.name)).join(" | ")} | mean Δ |\n|---|${tuningSets.map(() => "---:|").join("")}---:|`);
  console.log(`| full | ${fullF1.map((v) => v.toFixed(2)).join(" | ")} | |`);
  const taggerF1 = f1((d) => taggerOnly.extract(d.document, { resolve: false }).mentions);
  console.log(`| tagger only | ${taggerF1.map((v, i) => `${v.toFixed(2)} (${(v - fullF1[i]!).toFixed(2)})`).join(" | ")} | |`);
  for (const stage of stages) {
    const extractor = createEntityExtractor({ parsers: base.parsers.filter((p) => p.name !== stage), refiners: base.refiners.filter((r) => r.name !== stage) });
    const got = f1((d) => extractor.extract(d.document, { resolve: false }).mentions);
    const deltas = got.map((v, i) => v - fullF1[i]!);
    console.log(`| without ${stage} | ${got.map((v, i) => `${v.toFixed(2)} (${deltas[i]! >= 0 ? "+" : ""}${deltas[i]!.toFixed(2)})`).join(" | ")} | ${(deltas.reduce((a, b) => a + b, 0) / deltas.length).toFixed(2)} |`);
    if (perType) rowsByType.push([`without ${stage}`, tuningSets.map((set) => score(set, (d) => extractor.extract(d.document, { resolve: false }).mentions))]);
  }
  if (perType) {
    // --per-type: per tuning set, each type's F1 under every pipeline (changes against the full one).
    tuningSets.forEach((set, si) => {
      const full0 = rowsByType[0]![1][si]!;
      const types = [...new Set([...full0.tp.keys(), ...full0.fn.keys(), ...full0.fp.keys()])].sort();
      const f = (s: Scores, t: string): number => prf(s.tp.get(t) ?? 0, s.fp.get(t) ?? 0, s.fn.get(t) ?? 0).f;
      console.log(`\n#### ${set.name}: F1 per type (change against full)\n| pipeline | ${types.join(" | ")} |\n|---|${types.map(() => "---:|").join("")}`);
      for (const [name, scores] of rowsByType) {
        const s = scores[si]!;
        console.log(`| ${name} | ${types.map((t) => (name === "full" ? f(s, t).toFixed(1) : `${(f(s, t) - f(full0, t) >= 0 ? "+" : "")}${(f(s, t) - f(full0, t)).toFixed(1)}`)).join(" | ")} |`);
      }
    });
  }
} else {
  for (const set of tuningSets) {
    const results: [string, Scores][] = systems.map(([n, sys]) => [n, score(set, sys)]);
    if (!quiet) console.log(table(`### ${set.name} (${set.docs.length} docs)`, results));
    summary.push(`${set.name}: ${results.map(([n, sc]) => `${n} F1 ${micro(sc).f.toFixed(2)}`).join(", ")}`);
  }
  console.log(`\n${summary.join("\n")}`);
}
