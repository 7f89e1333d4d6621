/**
 * Error analysis on Wikigold (evaluation data only; never used for training): counts of missed,
 * spurious, wrong-type and wrong-boundary entities by CoNLL type, with examples.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/wikigold-errors.ts
 */
import path from "node:path";
import { extractEntities } from "../src/index.js";
import { nerRoot, readConll, requireData } from "./lib/conll.js";
import { buildDocs } from "./lib/eval-lib.js";
if (!requireData()) process.exit(0);
const toConll = (t: string): string => (t === "PERSON" || t === "PER" ? "PER" : t === "ORG" ? "ORG" : t === "GPE" || t === "LOC" || t === "FAC" ? "LOC" : "MISC");
const wiki = readConll(path.join(nerRoot, "wikigold.conll"), "wikigold");
const docs = buildDocs(wiki, (s) => s.doc, "wiki");
const cnt = new Map<string, number>();
const ex = new Map<string, string[]>();
const inc = (k: string, e: string) => { cnt.set(k, (cnt.get(k) ?? 0) + 1); const l = ex.get(k) ?? []; if (l.length < 12) l.push(e); ex.set(k, l); };
for (const d of docs) {
  const pred = extractEntities(d.document, { resolve: false }).mentions.map((m) => ({ s: m.start, e: m.end, t: toConll(m.type) }));
  const gold: { s: number; e: number; t: string }[] = [];
  d.sentences.forEach((s, si) => { for (const sp of s.spans) gold.push({ s: d.offsets[si]![sp.start]![0], e: d.offsets[si]![sp.end - 1]![1], t: toConll(sp.type) }); });
  const txt = d.document.text;
  for (const g of gold) {
    const exact = pred.find((p) => p.s === g.s && p.e === g.e);
    if (exact) { if (exact.t !== g.t) inc(`type ${g.t}->${exact.t}`, txt.slice(g.s, g.e)); continue; }
    const ov = pred.find((p) => p.s < g.e && p.e > g.s);
    if (ov) inc(`boundary ${g.t}`, `${txt.slice(g.s, g.e)} | ${txt.slice(ov.s, ov.e)}`); else inc(`missed ${g.t}`, txt.slice(g.s, g.e));
  }
  for (const p of pred) if (!gold.some((g) => g.s < p.e && g.e > p.s)) inc(`spurious ${p.t}`, txt.slice(p.s, p.e));
}
for (const [k, v] of [...cnt].sort((a, b) => b[1] - a[1])) console.log(v, k, "::", ex.get(k)!.join(" ; "));
