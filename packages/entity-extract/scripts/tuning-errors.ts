/**
 * Error analysis on the TUNING split (development data only): counts of missed, spurious, wrong-type and
 * wrong-boundary entities per set and type, with examples in context, for the full pipeline or the tagger alone.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/tuning-errors.ts --model /tmp/tune-model.bin [--sets uner,crossner,gmb,gum] [--tagger-only] [--examples 15]
 */
import path from "node:path";
import { createDefaultConfiguration, createEntityExtractor } from "../src/index.js";
import { isGmbDev, isTuningSentence, nerRoot, readConll, requireData, type Sentence } from "./lib/conll.js";
import { buildDocs, type EvalDoc } from "./lib/eval-lib.js";
import { optionValue, taggerFromArgs } from "./lib/tuning-cli.js";

if (!requireData()) process.exit(0);
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => optionValue(args, name);
const tagger = taggerFromArgs(args, "note: shipped model (it was trained on the GMB dev and BTC tuning documents)");
const config = createDefaultConfiguration();
config.parsers = config.parsers.map((p) => (p.name === "tagger" ? tagger : p));
const extractor = args.includes("--tagger-only") ? createEntityExtractor({ parsers: [tagger], refiners: [] }) : createEntityExtractor(config);
const sets = new Set((arg("--sets") ?? "uner,crossner").split(","));
const nExamples = Number(arg("--examples") ?? 15);

type Map_ = (t: string) => string | null;
const toPlace: Map_ = (t) => (t === "GPE" || t === "LOC" || t === "FAC" || t === "LOC_OR_GPE" ? "GPE/LOC/FAC" : t === "MISC" ? null : t);
const toUner: Map_ = (t) => (t === "PERSON" || t === "PER" ? "PER" : t === "ORG" ? "ORG" : t === "GPE" || t === "LOC" || t === "FAC" || t === "LOC_OR_GPE" ? "LOC" : null);
const same: Map_ = (t) => t;
const toGum: Map_ = (t) => (t === "MISC" ? null : t);
const loaders: Record<string, () => [EvalDoc[], Map_, Map_]> = {
  uner: () => [buildDocs(readConll(path.join(nerRoot, "uner", "ewt_dev.iob2"), "uner").filter((_s, i) => isTuningSentence(i)), (_s, i) => Math.floor(i / 50), "uner"), toUner, toUner],
  crossner: () => {
    const cross: Sentence[] = ["politics", "science", "music", "literature", "ai"].flatMap((d, k) =>
      readConll(path.join(nerRoot, "crossner", `${d}_dev.onto.iob2`), "crossner").filter((_s, i) => isTuningSentence(i)).map((s, i) => ({ ...s, doc: k * 100000 + Math.floor(i / 20) })),
    );
    return [buildDocs(cross, (s) => s.doc, "crossner"), toPlace, toPlace];
  },
  gmb: () => [buildDocs(readConll(path.join(nerRoot, "gmb.conll"), "gmb").filter((s) => isGmbDev(s.doc)), (s) => s.doc, "gmb"), same, same],
  gum: () => [buildDocs(readConll(path.join(nerRoot, "gum", "gum_core_dev.iob2"), "gum"), (s) => s.doc, "gum"), same, toGum],
};
for (const name of sets) {
  const [docs, mapType, mapGold] = loaders[name]!();
  const cnt = new Map<string, number>();
  const ex = new Map<string, string[]>();
  const inc = (k: string, e: string): void => {
    cnt.set(k, (cnt.get(k) ?? 0) + 1);
    const l = ex.get(k) ?? [];
    if (l.length < nExamples) l.push(e);
    ex.set(k, l);
  };
  for (const d of docs) {
    const txt = d.document.text;
    const ctx = (s: number, e: number): string => `${txt.slice(Math.max(0, s - 30), s).replace(/\n/g, " ")}[${txt.slice(s, e)}]${txt.slice(e, e + 30).replace(/\n/g, " ")}`;
    const gold: { s: number; e: number; t: string | null }[] = [];
    d.sentences.forEach((s, si) => {
      for (const sp of s.spans) gold.push({ s: d.offsets[si]![sp.start]![0], e: d.offsets[si]![sp.end - 1]![1], t: mapGold(sp.type) });
    });
    const pred = extractor
      .extract(d.document, { resolve: false })
      .mentions.map((m) => ({ s: m.start, e: m.end, t: mapType(m.type), src: m.source }))
      .filter((p) => p.t !== null && !gold.some((g) => g.t === null && g.s < p.e && p.s < g.e));
    for (const g of gold) {
      if (g.t === null) continue;
      const exact = pred.find((p) => p.s === g.s && p.e === g.e);
      if (exact) {
        if (exact.t !== g.t) inc(`type ${g.t}->${exact.t}`, `${ctx(g.s, g.e)} (${exact.src})`);
        continue;
      }
      const ov = pred.find((p) => p.s < g.e && p.e > g.s);
      if (ov) inc(`boundary ${g.t}`, `${ctx(g.s, g.e)} | ${txt.slice(ov.s, ov.e)} ${ov.t} (${ov.src})`);
      else inc(`missed ${g.t}`, ctx(g.s, g.e));
    }
    for (const p of pred) if (!gold.some((g) => g.s < p.e && g.e > p.s)) inc(`spurious ${p.t}`, `${ctx(p.s, p.e)} (${p.src})`);
  }
  console.log(`\n## ${name}`);
  for (const [k, n] of [...cnt].sort((a, b) => b[1] - a[1])) {
    console.log(`\n${k}: ${n}`);
    for (const e of ex.get(k)!) console.log(`  ${e}`);
  }
}
