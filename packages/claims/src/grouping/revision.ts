import { wordAlternation } from "@newsparse/corpus-loader";
import type { Document } from "@newsparse/corpus-loader";
import { CASUALTY_FRAMES } from "../lexicon/measure-words.js";
import { inBaseUnit, type QuantityItem } from "./quantity-item.js";

/** A measure key of a count that only grows as news comes in (deaths, injuries, arrests …). */
const GROWING_COUNT = new RegExp(`^frame:${wordAlternation(CASUALTY_FRAMES)}`);

/**
 * A disagreement ordered by publication time (each later outlet gives a higher figure) reads as a running count
 * revised, for counts that grow (deaths, injuries, arrests …).
 *
 * @param members - The items of a conflicting group.
 * @param documents - Documents by id (for `publishedAt`).
 * @returns True when the figures rise with publication time.
 */
export function laterIsRevision(members: readonly QuantityItem[], documents: ReadonlyMap<string, Document>): boolean {
  const byDoc = new Map<string, { t: number; v: number }>();
  for (const m of members) {
    const raw = documents.get(m.claim.docId)?.publishedAt;
    const t = raw ? Date.parse(raw) : NaN;
    const v = inBaseUnit(m, m.claim.quantity?.value ?? m.claim.quantity?.max);
    if (!Number.isFinite(t) || v === undefined) return false;
    const cur = byDoc.get(m.claim.docId);
    if (!cur || v > cur.v) byDoc.set(m.claim.docId, { t, v });
  }
  const list = [...byDoc.values()].sort((a, b) => a.t - b.t);
  if (new Set(list.map((x) => x.t)).size < 2) return false;
  for (let i = 1; i < list.length; i++) if (list[i]!.t === list[i - 1]!.t ? list[i]!.v !== list[i - 1]!.v : list[i]!.v < list[i - 1]!.v) return false;
  return members.some((m) => GROWING_COUNT.test(m.measure.keys[0] ?? ""));
}
