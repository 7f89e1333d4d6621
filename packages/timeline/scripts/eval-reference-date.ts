/**
 * Publication-date inference, measured on the TimeML news corpora
 * (`../shared/data/timeml`): every document's DCT is hidden and inferred.
 *
 * Same split as `eval.ts`: tuning part = TimeBank + AQUAINT at even index
 * (filename-sorted), held-out part = AQUAINT at odd index. The weekday-gap
 * table below is only printed for the tuning part.
 *
 * Modes per split:
 *   alone   — each document on its own (no corpus prior, no other documents);
 *   corpus  — all documents of the split together, none dated (corpus prior + anchoring);
 *   half    — documents at even position keep their DCT and anchor the others (scored on the others).
 *
 *   npx tsx --conditions=@newsparse/source packages/timeline/scripts/eval-reference-date.ts
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Document, parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline } from "../src/index.js";
import { SPLITS, TUNING, parseTimeML, splitFiles, timemlDataDir } from "./timeml.js";

const dataDir = timemlDataDir();


interface Gold {
  id: string;
  dct: string;
  text: string;
  weekdays: { text: string; value: string }[];
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** One TimeML file through the shared reader, with its gold bare-weekday TIMEX3s; null without a day-level DCT. */
function load(file: string): Gold | null {
  const doc = parseTimeML(path.basename(file, ".tml"), readFileSync(file, "utf8"));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(doc.dct)) return null;
  const weekdays = doc.timexes.filter((t) => WEEKDAY.test(t.text.trim())).map((t) => ({ text: t.text.trim(), value: t.value }));
  return { id: doc.id, dct: doc.dct, text: doc.text, weekdays };
}

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

interface Score {
  n: number;
  withValue: number;
  errors: number[];
  covered: number;
}

function score(golds: Gold[], docs: Document[], scoredIds: Set<string>): Score {
  const result = buildTimeline(docs);
  const s: Score = { n: 0, withValue: 0, errors: [], covered: 0 };
  for (const g of golds) {
    if (!scoredIds.has(g.id)) continue;
    s.n++;
    const r = result.referenceDates.find((x) => x.docId === g.id);
    if (!r?.value) continue;
    s.withValue++;
    const err = Math.abs(dayNumber(r.value) - dayNumber(g.dct));
    s.errors.push(err);
    if (r.uncertaintyDays >= err) s.covered++;
  }
  return s;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "—").padStart(5);
function row(split: string, mode: string, s: Score): string {
  const sorted = [...s.errors].sort((a, b) => a - b);
  const median = sorted.length ? String(sorted[Math.floor((sorted.length - 1) / 2)]) : "—";
  const within = (k: number) => pct(s.errors.filter((e) => e <= k).length, s.n);
  return `| ${split.padEnd(15)} | ${mode.padEnd(6)} | ${String(s.n).padStart(4)} | ${pct(s.withValue, s.n)} | ${median.padStart(6)} | ${within(0)} | ${within(3)} | ${within(7)} | ${within(30)} | ${pct(s.covered, s.withValue)} |`;
}

console.log("Publication-date inference with the DCT hidden (TimeML news). Split as eval.ts: tuning = TimeBank + AQUAINT even index; held out = AQUAINT odd index.");
console.log("Columns: documents scored, % with an inferred date, median |error| in days, % within 0/3/7/30 days (of all scored), % whose uncertaintyDays covers the error.\n");
console.log("| split           | mode   |    n | dated | median |  = 0 |  ≤ 3 |  ≤ 7 | ≤ 30 | covered |");
console.log("|-----------------|--------|------|-------|--------|------|------|------|------|---------|");
const gaps: number[] = [0, 0, 0, 0, 0, 0, 0];
let ahead = 0;
let farther = 0;
for (const split of SPLITS) {
  const { dir, files } = splitFiles(dataDir, split);
  const golds = files.map((f) => load(path.join(dir, f))).filter((g): g is Gold => g !== null);
  if (TUNING.includes(split)) {
    for (const g of golds) {
      for (const w of g.weekdays) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(w.value)) continue;
        const gap = dayNumber(g.dct) - dayNumber(w.value);
        if (gap < 0) ahead++;
        else if (gap > 6) farther++;
        else gaps[gap] = (gaps[gap] ?? 0) + 1;
      }
    }
  }
  const undated = golds.map((g) => parseDocument(g.text, { id: g.id }));
  const all = new Set(golds.map((g) => g.id));
  let alone: Score = { n: 0, withValue: 0, errors: [], covered: 0 };
  for (const [i, d] of undated.entries()) {
    const s = score([golds[i] as Gold], [d], all);
    alone = { n: alone.n + s.n, withValue: alone.withValue + s.withValue, errors: [...alone.errors, ...s.errors], covered: alone.covered + s.covered };
  }
  console.log(row(split, "alone", alone));
  console.log(row(split, "corpus", score(golds, undated, all)));
  const half = golds.map((g, i) => parseDocument(g.text, { id: g.id, publishedAt: i % 2 === 0 ? g.dct : null }));
  console.log(row(split, "half", score(golds, half, new Set(golds.filter((_, i) => i % 2 === 1).map((g) => g.id)))));
}
const total = gaps.reduce((a, b) => a + b, 0) + ahead + farther;
console.log(`\nTuning part only: bare weekday TIMEX3s (gold value), publication day minus the weekday's date: ${gaps.map((g, i) => `${i}d ${pct(g, total).trim()}%`).join(", ")}, later ${pct(farther, total).trim()}%, ahead ${pct(ahead, total).trim()}% (n = ${total}).`);
