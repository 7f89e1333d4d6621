/**
 * TempEval-3 timex evaluation of the tagger and of plain chrono-node on
 * TimeBank + AQUAINT (TBAQ-cleaned) from ../shared/data/timeml.
 *
 * Split (documented, deterministic):
 * - tuning part = all of TimeBank (183 docs) + the AQUAINT documents at EVEN
 *   index (0, 2, 4, …) in filename-sorted order ("AQUAINT-tune", 37 docs);
 * - held-out part = the AQUAINT documents at ODD index (1, 3, 5, …) in
 *   filename-sorted order ("AQUAINT-heldout", 36 docs): the reported test set.
 * Rules are tuned on the tuning part only. `--errors` lists the errors of the
 * tuning parts and refuses (exit 2) to list held-out errors; with `--errors`
 * the held-out part is not even scored, so tuning runs never show it.
 *
 * Run from the repo root:
 *   npx tsx --conditions=@newsparse/source packages/timeline/scripts/eval.ts [--split=TimeBank|AQUAINT-tune|tune|AQUAINT-heldout]
 *   npx tsx --conditions=@newsparse/source packages/timeline/scripts/eval.ts --errors [--split=TimeBank|AQUAINT-tune|tune]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as chrono from "chrono-node";
import { tagTemporalExpressions } from "../src/tagging/tag-temporal-expressions.js";
import { type Counts, type SplitName, type SystemTimex, SPLITS, TUNING, emptyCounts, parseTimeML, prf, scoreDocument, splitFiles, timemlDataDir } from "./timeml.js";

const dataDir = timemlDataDir();
const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const onlySplit = args.find((a) => a.startsWith("--split="))?.slice(8);
if (onlySplit && onlySplit !== "tune" && !(SPLITS as readonly string[]).includes(onlySplit)) {
  console.error(`unknown --split=${onlySplit}; use one of ${SPLITS.join(", ")}, tune`);
  process.exit(2);
}
if (showErrors && (onlySplit === "AQUAINT-heldout" || onlySplit === "AQUAINT")) {
  console.error("refused: --errors lists errors of the tuning parts only (TimeBank, AQUAINT-tune); the held-out part (AQUAINT-heldout) must not be inspected.");
  process.exit(2);
}
function wanted(split: SplitName): boolean {
  if (showErrors && !TUNING.includes(split)) return false;
  if (!onlySplit) return true;
  if (onlySplit === "tune") return TUNING.includes(split);
  return onlySplit === split;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

function plainChrono(text: string, dct: string): SystemTimex[] {
  const [y, m, d] = dct.split("-").map(Number);
  const ref = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12));
  return chrono.casual.parse(text, { instant: ref, timezone: 0 }).map((r) => {
    const c = r.start;
    const date = `${c.get("year")}-${pad2(c.get("month") ?? 1)}-${pad2(c.get("day") ?? 1)}`;
    const timed = c.isCertain("hour");
    return {
      start: r.index,
      end: r.index + r.text.length,
      type: timed ? "TIME" : "DATE",
      value: timed ? `${date}T${pad2(c.get("hour") ?? 0)}:${pad2(c.get("minute") ?? 0)}` : date,
    };
  });
}

function ours(text: string, dct: string): SystemTimex[] {
  return tagTemporalExpressions(text, { referenceDate: dct }).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, rule: t.rule }));
}

const fmt = (n: number) => n.toFixed(1).padStart(5);
function row(name: string, c: Counts): string {
  const strict = prf(c.strict, c);
  const relaxed = prf(c.relaxed, c);
  const type = prf(c.type, c);
  const value = prf(c.value, c);
  const typeAcc = c.relaxed ? (100 * c.type) / c.relaxed : 0;
  const valueAcc = c.relaxed ? (100 * c.value) / c.relaxed : 0;
  return `| ${name.padEnd(22)} | ${fmt(strict.p)} | ${fmt(strict.r)} | ${fmt(strict.f)} | ${fmt(relaxed.p)} | ${fmt(relaxed.r)} | ${fmt(relaxed.f)} | ${fmt(type.f)} | ${fmt(typeAcc)} | ${fmt(value.f)} | ${fmt(valueAcc)} |`;
}

console.log("TempEval-3 timex metrics (gold and system aligned one-to-one by largest overlap; type/value F1 = relaxed matches with the right attribute, over system for P and over gold for R).");
console.log("Split: tuning part = TimeBank + AQUAINT at even index (filename-sorted); held-out part = AQUAINT at odd index. Targets on AQUAINT-heldout: value F1 >= 80, relaxed F1 >= 90, strict F1 >= 82.");
if (showErrors) console.log("--errors: listing tuning-part errors only; the held-out part is not scored in this run.");
const tuneOurs = emptyCounts();
const tuneChrono = emptyCounts();
let tuneParts = 0;
const add = (into: Counts, c: Counts) => {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
};
const header = () => {
  console.log("| system                 | str P | str R | str F | rel P | rel R | rel F | typeF | typeA | valF  | valA  |");
  console.log("|------------------------|-------|-------|-------|-------|-------|-------|-------|-------|-------|-------|");
};
for (const split of SPLITS) {
  if (!wanted(split)) continue;
  const { dir, files } = splitFiles(dataDir, split);
  if (files.length === 0) continue;
  const cOurs = emptyCounts();
  const cChrono = emptyCounts();
  let chars = 0;
  const listErrors = showErrors && TUNING.includes(split);
  for (const f of files) {
    const doc = parseTimeML(f, readFileSync(path.join(dir, f), "utf8"));
    chars += doc.text.length;
    const sys = ours(doc.text, doc.dct);
    const { pairs, unmatched } = scoreDocument(doc.timexes, sys, cOurs);
    scoreDocument(doc.timexes, plainChrono(doc.text, doc.dct), cChrono);
    if (listErrors) {
      for (const p of pairs) {
        if (!p.system) console.log(`MISS  ${f} [${doc.dct}] "${p.gold.text}" ${p.gold.type} ${p.gold.value}`);
        else if (p.system.value !== p.gold.value || p.system.type !== p.gold.type || p.system.start !== p.gold.start || p.system.end !== p.gold.end)
          console.log(`DIFF  ${f} [${doc.dct}] "${p.gold.text}" ${p.gold.type} ${p.gold.value} ← "${doc.text.slice(p.system.start, p.system.end)}" ${p.system.type} ${p.system.value} [${p.system.rule ?? ""}]`);
      }
      for (const u of unmatched) {
        const ctx = doc.text.slice(Math.max(0, u.start - 30), u.end + 30).replace(/\s+/g, " ");
        console.log(`FP    ${f} [${doc.dct}] "${doc.text.slice(u.start, u.end)}" ${u.type} ${u.value} … ${ctx}`);
      }
    }
  }
  if (TUNING.includes(split)) {
    add(tuneOurs, cOurs);
    add(tuneChrono, cChrono);
    tuneParts++;
  }
  const role = TUNING.includes(split) ? "tuning part" : "HELD-OUT part, report only";
  console.log(`\n## ${split} (${role}): ${files.length} documents, ${cOurs.gold} gold TIMEX3, ${(chars / 1e6).toFixed(2)} M chars\n`);
  header();
  console.log(row("@newsparse/timeline", cOurs));
  console.log(row("chrono-node casual", cChrono));
}
if (tuneParts > 1) {
  console.log(`\n## Tuning part combined (TimeBank + AQUAINT-tune): ${tuneOurs.gold} gold TIMEX3\n`);
  header();
  console.log(row("@newsparse/timeline", tuneOurs));
  console.log(row("chrono-node casual", tuneChrono));
}

// multi-outlet figures (pnpm eval): publication dates with the DCT hidden (TimeML), BASIL, MEANTIME Apple
if (!showErrors && !onlySplit) {
  const { spawnSync } = await import("node:child_process");
  for (const script of ["eval-reference-date.ts", "eval-basil.ts", "eval-meantime.ts"]) {
    if (script === "eval-reference-date.ts") console.log("\n### TimeML: publication dates inferred with the DCT hidden\n");
    spawnSync(process.execPath, ["--import", "tsx", "--conditions=@newsparse/source", path.join(import.meta.dirname, script)], { stdio: "inherit" });
  }
}
