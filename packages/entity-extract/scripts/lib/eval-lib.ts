import type { Document } from "@newsparse/corpus-loader";
import type { Sentence } from "./conll.js";

/** A synthetic document built from tokenised sentences, with each token's offsets. */
export interface EvalDoc {
  document: Document;
  /** Per sentence, per token: [start, end). */
  offsets: [number, number][][];
  sentences: Sentence[];
  /** Gold as character spans (hand-annotated fixtures); when given, `sentences` is not read for gold. */
  gold?: { start: number; end: number; type: string }[];
}

/** Join tokens with spaces and sentences with newlines; no boilerplate, no title. */
export function buildDocs(sentences: Sentence[], groupBy: (s: Sentence, i: number) => number, prefix: string): EvalDoc[] {
  const groups = new Map<number, Sentence[]>();
  sentences.forEach((s, i) => {
    const k = groupBy(s, i);
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  });
  const out: EvalDoc[] = [];
  for (const [k, ss] of groups) {
    let text = "";
    const offsets: [number, number][][] = [];
    for (const s of ss) {
      const o: [number, number][] = [];
      for (const w of s.words) {
        if (o.length) text += " ";
        o.push([text.length, text.length + w.length]);
        text += w;
      }
      offsets.push(o);
      text += "\n";
    }
    const document: Document = {
      id: `${prefix}-${k}`,
      seq: null,
      source: null,
      title: null,
      titleSpan: null,
      publishedAt: null,
      text,
      excluded: [],
      paragraphs: [],
      sentences: [],
    };
    out.push({ document, offsets, sentences: ss });
  }
  return out;
}

export interface Scores {
  tp: Map<string, number>;
  fp: Map<string, number>;
  fn: Map<string, number>;
}

export function newScores(): Scores {
  return { tp: new Map(), fp: new Map(), fn: new Map() };
}

const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

/** Score predicted char spans against gold token spans of one document (conlleval: exact span and type). */
export function scoreDoc(
  doc: EvalDoc,
  predicted: { start: number; end: number; type: string }[],
  mapType: (t: string) => string | null,
  scores: Scores,
  mapGold: (t: string) => string | null = (t) => t,
): void {
  const gold = new Set<string>();
  const goldType = new Map<string, string>();
  // Gold spans whose type maps to null (a corpus's unscored MISC) are left out, and so is any prediction overlapping one.
  const ignored: [number, number][] = [];
  const addGold = (start: number, end: number, rawType: string): void => {
    const type = mapGold(rawType);
    if (!type) {
      ignored.push([start, end]);
      return;
    }
    const key = `${start}:${end}:${type}`;
    gold.add(key);
    goldType.set(key, type);
  };
  if (doc.gold) for (const g of doc.gold) addGold(g.start, g.end, g.type);
  else
    doc.sentences.forEach((s, si) => {
      for (const g of s.spans) addGold(doc.offsets[si]![g.start]![0], doc.offsets[si]![g.end - 1]![1], g.type);
    });
  const seen = new Set<string>();
  for (const p of predicted) {
    const t = mapType(p.type);
    if (!t) continue;
    if (ignored.some(([s, e]) => p.start < e && s < p.end)) continue;
    const key = `${p.start}:${p.end}:${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (gold.has(key)) inc(scores.tp, t);
    else inc(scores.fp, t);
  }
  for (const key of gold) if (!seen.has(key)) inc(scores.fn, goldType.get(key)!);
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p: p * 100, r: r * 100, f: (2 * p * r * 100) / (p + r || 1) };
}

export function micro(s: Scores): { p: number; r: number; f: number } {
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(sum(s.tp), sum(s.fp), sum(s.fn));
}

export function table(title: string, systems: [string, Scores][]): string {
  const types = new Set<string>();
  for (const [, s] of systems) for (const m of [s.tp, s.fn]) for (const k of m.keys()) types.add(k);
  const rows: string[] = [];
  rows.push(`\n${title}`);
  rows.push(`| type | ${systems.map(([n]) => `${n} P | ${n} R | ${n} F1`).join(" | ")} |`);
  rows.push(`|---|${systems.map(() => "---:|---:|---:").join("|")}|`);
  const fmt = (x: { p: number; r: number; f: number }): string => `${x.p.toFixed(1)} | ${x.r.toFixed(1)} | ${x.f.toFixed(1)}`;
  for (const t of [...types].sort()) {
    rows.push(`| ${t} | ${systems.map(([, s]) => fmt(prf(s.tp.get(t) ?? 0, s.fp.get(t) ?? 0, s.fn.get(t) ?? 0))).join(" | ")} |`);
  }
  rows.push(`| **micro** | ${systems.map(([, s]) => fmt(micro(s)).replace(/([\d.]+)$/, "**$1**")).join(" | ")} |`);
  return rows.join("\n");
}
