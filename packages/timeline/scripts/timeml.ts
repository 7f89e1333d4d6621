/**
 * Reading TimeML (TempEval-3 TBAQ-cleaned) files and scoring timexes with the
 * TempEval-3 metrics. Node-only helpers for scripts/eval.ts.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The TimeML data folder (`../shared/data/timeml` beside the repository). When it is missing, prints
 * "skipped: ../shared/data not found" and exits 0, so evaluation scripts run on a fresh clone.
 */
export function timemlDataDir(): string {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  const dir = path.resolve(repoRoot, "../shared/data/timeml");
  if (!existsSync(dir)) {
    console.log("skipped: ../shared/data/timeml not found (needs TempEval-3 TBAQ-cleaned; docs/evaluation.md says where to get it)");
    process.exit(0);
  }
  return dir;
}

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function attr(tag: string, name: string): string {
  const re = new RegExp(`\\b${name}="([^"]*)"`);
  return re.exec(tag)?.[1] ?? "";
}

/** Parse one TimeML file: plain text of `<TEXT>`, its TIMEX3s with offsets, and the DCT. */
export function parseTimeML(id: string, xml: string): TimeMLDocument {
  const dctMatch = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dct = dctMatch ? attr(dctMatch[1] ?? "", "value").slice(0, 10) : "";
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>");
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : "";
  let text = "";
  const timexes: GoldTimex[] = [];
  let current: { start: number; type: string; value: string } | null = null;
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === "<") {
      const j = body.indexOf(">", i);
      if (j < 0) break;
      const tag = body.slice(i, j + 1);
      if (tag.startsWith("<TIMEX3")) current = { start: text.length, type: attr(tag, "type"), value: attr(tag, "value") };
      else if (tag.startsWith("</TIMEX3") && current) {
        timexes.push({ start: current.start, end: text.length, text: text.slice(current.start), type: current.type, value: current.value });
        current = null;
      }
      i = j + 1;
    } else if (ch === "&") {
      const j = body.indexOf(";", i);
      const name = j > i ? body.slice(i + 1, j) : "";
      if (j > i && j - i < 8 && name in ENTITIES) {
        text += ENTITIES[name];
        i = j + 1;
      } else {
        text += ch;
        i++;
      }
    } else {
      text += ch;
      i++;
    }
  }
  return { id, dct, text, timexes };
}

export interface SystemTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  rule?: string;
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
}

export interface Alignment {
  gold: GoldTimex;
  system: SystemTimex | null;
}

/** One-to-one alignment of gold and system timexes by largest overlap, then TempEval-3 counts. */
export function scoreDocument(gold: GoldTimex[], system: SystemTimex[], counts: Counts): { pairs: Alignment[]; unmatched: SystemTimex[] } {
  counts.gold += gold.length;
  counts.system += system.length;
  const used = new Set<number>();
  const pairs: Alignment[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    for (let k = 0; k < system.length; k++) {
      if (used.has(k)) continue;
      const s = system[k]!;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = k;
      }
    }
    if (best < 0) {
      pairs.push({ gold: g, system: null });
      continue;
    }
    used.add(best);
    const s = system[best]!;
    pairs.push({ gold: g, system: s });
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    if (s.type === g.type) counts.type++;
    if (s.value === g.value) counts.value++;
  }
  return { pairs, unmatched: system.filter((_, k) => !used.has(k)) };
}

/** P, R, F1 (percent) of a matched count. */
export function prf(matched: number, counts: Counts): { p: number; r: number; f: number } {
  const p = counts.system ? (100 * matched) / counts.system : 0;
  const r = counts.gold ? (100 * matched) / counts.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

/** The documented split's parts: rules are tuned on TimeBank and AQUAINT-tune; AQUAINT-heldout is only reported. */
export const SPLITS = ["TimeBank", "AQUAINT-tune", "AQUAINT-heldout"] as const;
/** One part of the split. */
export type SplitName = (typeof SPLITS)[number];
/** The parts rules may be tuned on (and whose errors may be read). */
export const TUNING: readonly SplitName[] = ["TimeBank", "AQUAINT-tune"];

/** Files of one split under `dataDir`: TimeBank whole; AQUAINT halves by parity of the index in filename-sorted order. */
export function splitFiles(dataDir: string, split: SplitName): { dir: string; files: string[] } {
  const dir = path.join(dataDir, split === "TimeBank" ? "TimeBank" : "AQUAINT");
  if (!existsSync(dir)) return { dir, files: [] };
  const all = readdirSync(dir).filter((f) => f.endsWith(".tml")).sort();
  if (split === "TimeBank") return { dir, files: all };
  const parity = split === "AQUAINT-tune" ? 0 : 1;
  return { dir, files: all.filter((_, i) => i % 2 === parity) };
}
