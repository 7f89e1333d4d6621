/**
 * Scoring of a hand-checked gold of cross-article figure agreements and disagreements (the BASIL gold
 * `basil-gold.json` and the ECB+ development gold `ecb-figures-gold.json` share its format): each event's articles
 * go through entity extraction, claim extraction and `groupClaims`; every quantity group with evidence from two
 * articles or more is a prediction.
 *
 * A predicted group is right when its evidence overlaps one gold item's phrases in two articles and it has that
 * item's status; a gold item is found when such a group exists.
 */
import type { Document } from "@newsparse/corpus-loader";
import { extractEntities } from "@newsparse/entity-extract";
import { extractClaims, groupClaims, type ClaimGroup, type Conflict } from "../src/index.js";

/** One gold phrase. */
export interface GoldMention {
  doc: string;
  start: number;
  end: number;
  phrase: string;
}

/** One gold item: the same figure in two articles or more. */
export interface GoldItem {
  event: string;
  status: "agree" | "conflict";
  kind?: string;
  topic: string;
  mentions: GoldMention[];
}

/** A gold file: its events (with the half each belongs to, when split) and items. */
export interface FigureGold {
  events: { event: string; split?: string }[];
  items: GoldItem[];
}

/** Counts of one half. */
export interface HalfTally {
  gold: { agree: number; conflict: number };
  pred: { agree: number; conflict: number };
  tpP: { agree: number; conflict: number };
  tpR: { agree: number; conflict: number };
  kindOk: number;
}

/** Options of {@link scoreFigureGold}. */
export interface ScoreOptions {
  /** The half of an event (`tune`, `report`, `dev`). */
  halfOf: (event: string) => string;
  /** Error lines to collect (−1: all). */
  showErrors: number;
  /** Halves whose error lines are never collected (report halves: totals only). */
  hideErrorsOf: ReadonlySet<string>;
}

/** A system item (group) matches a gold item when its evidence overlaps the gold mentions in at least two documents. */
function matches(evidence: readonly { docId: string; start: number; end: number }[], item: GoldItem): boolean {
  const docs = new Set<string>();
  for (const e of evidence) for (const m of item.mentions) if (m.doc === e.docId && e.start < m.end && m.start < e.end) docs.add(m.doc);
  return docs.size >= 2;
}

const emptyTally = (): HalfTally => ({ gold: { agree: 0, conflict: 0 }, pred: { agree: 0, conflict: 0 }, tpP: { agree: 0, conflict: 0 }, tpR: { agree: 0, conflict: 0 }, kindOk: 0 });

/** Scores `gold` on `events` (event id → its articles): per half tallies, gold phrases that do not match the text, and error lines. */
export function scoreFigureGold(events: ReadonlyMap<string, Document[]>, gold: FigureGold, options: ScoreOptions): { tally: Map<string, HalfTally>; badMentions: number; errors: string[] } {
  const tally = new Map<string, HalfTally>();
  const errors: string[] = [];
  const room = (half: string) => !options.hideErrorsOf.has(half) && (options.showErrors < 0 || errors.length < options.showErrors);
  let badMentions = 0;
  for (const { event } of gold.events) {
    const half = options.halfOf(event);
    const documents = events.get(event) ?? [];
    const items = gold.items.filter((i) => i.event === event && i.kind !== "date");
    for (const i of items)
      for (const m of i.mentions) {
        const d = documents.find((x) => x.id === m.doc);
        if (!d || d.text.slice(m.start, m.end) !== m.phrase) badMentions++;
      }
    const { entities } = extractEntities(documents);
    const { claims } = extractClaims(documents, { entities });
    const { groups, conflicts } = groupClaims(claims, { documents, entities });
    const conflictOf = new Map<string, Conflict>();
    for (const c of conflicts) conflictOf.set(c.claimIds.join(" "), c);
    // attribute (title) groups are not in these golds
    const predicted = groups.filter((g: ClaimGroup) => g.kind === "quantity" && g.docIds.length >= 2);
    let t = tally.get(half);
    if (!t) tally.set(half, (t = emptyTally()));
    for (const i of items) t.gold[i.status]++;
    for (const g of predicted) {
      const status = g.status === "conflicting" ? "conflict" : "agree";
      t.pred[status]++;
      const hit = items.find((i) => i.status === status && matches(g.evidence, i));
      if (hit) {
        t.tpP[status]++;
        if (status === "conflict" && conflictOf.get(g.claimIds.join(" "))?.kind === hit.kind) t.kindOk++;
      } else if (room(half)) errors.push(`FP ${half} ${status} ${event.slice(0, 9)} ${g.topic}: ${g.evidence.map((e) => `${e.docId}:${JSON.stringify(e.text)}`).join(" ")}`);
    }
    for (const i of items) {
      const status = i.status;
      if (predicted.some((g) => (g.status === "conflicting" ? "conflict" : "agree") === status && matches(g.evidence, i))) t.tpR[status]++;
      else if (room(half)) errors.push(`FN ${half} ${status} ${event.slice(0, 9)} ${i.topic}: ${i.mentions.map((m) => `${m.doc}:${JSON.stringify(m.phrase)}`).join(" ")}`);
    }
  }
  return { tally, badMentions, errors };
}

/** The Markdown rows (agreements, disagreements, all) of one half. */
export function tallyRows(half: string, t: HalfTally): string[] {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "–");
  const rows: string[] = [];
  for (const s of ["agree", "conflict"] as const) rows.push(`| ${half} | ${s === "agree" ? "agreements" : "disagreements"} | ${t.gold[s]} | ${t.pred[s]} | ${pct(t.tpP[s], t.pred[s])} | ${pct(t.tpR[s], t.gold[s])} |`);
  const g = t.gold.agree + t.gold.conflict;
  const p = t.pred.agree + t.pred.conflict;
  rows.push(`| ${half} | **all** | ${g} | ${p} | **${pct(t.tpP.agree + t.tpP.conflict, p)}** | **${pct(t.tpR.agree + t.tpR.conflict, g)}** |`);
  return rows;
}
