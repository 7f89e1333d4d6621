/**
 * TempEval-3 timex evaluation of the tagger and of plain chrono-node on
 * TimeBank + AQUAINT (TBAQ-cleaned) from ../shared/data/timeml.
 *
 * Split (documented, deterministic): rules are tuned on TimeBank (183 docs);
 * AQUAINT (73 docs) is held out and is the reported test set.
 *
 * Run from the repo root:
 *   npx tsx --conditions=@newsparse/source packages/timeline/scripts/eval.ts [--errors] [--split=TimeBank|AQUAINT]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { tagTemporalExpressions } from "../src/index.js";
import { type Counts, type SystemTimex, emptyCounts, parseTimeML, prf, scoreDocument } from "./timeml.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const dataDir = path.resolve(repoRoot, "../shared/data/timeml");
if (!existsSync(dataDir)) {
  console.log("skipped: ../shared/data not found");
  process.exit(0);
}
const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const onlySplit = args.find((a) => a.startsWith("--split="))?.slice(8);

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
console.log("Split: rules tuned on TimeBank only; AQUAINT is held out. Targets on AQUAINT: value F1 >= 80, relaxed F1 >= 90, strict F1 >= 82.");
for (const split of ["TimeBank", "AQUAINT"]) {
  if (onlySplit && split !== onlySplit) continue;
  const dir = path.join(dataDir, split);
  if (!existsSync(dir)) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith(".tml")).sort();
  const cOurs = emptyCounts();
  const cChrono = emptyCounts();
  let chars = 0;
  for (const f of files) {
    const doc = parseTimeML(f, readFileSync(path.join(dir, f), "utf8"));
    chars += doc.text.length;
    const sys = ours(doc.text, doc.dct);
    const { pairs, unmatched } = scoreDocument(doc.timexes, sys, cOurs);
    scoreDocument(doc.timexes, plainChrono(doc.text, doc.dct), cChrono);
    if (showErrors) {
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
  const role = split === "TimeBank" ? "tuning split" : "held-out test split";
  console.log(`\n## ${split} (${role}): ${files.length} documents, ${cOurs.gold} gold TIMEX3, ${(chars / 1e6).toFixed(2)} M chars\n`);
  console.log("| system                 | str P | str R | str F | rel P | rel R | rel F | typeF | typeA | valF  | valA  |");
  console.log("|------------------------|-------|-------|-------|-------|-------|-------|-------|-------|-------|-------|");
  console.log(row("@newsparse/timeline", cOurs));
  console.log(row("chrono-node casual", cChrono));
}
