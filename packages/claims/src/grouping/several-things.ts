import { intersect, type Interval } from "./interval.js";
import type { QuantityItem } from "./quantity-item.js";

/** How many figures of one document and measure are kept for the test (bounded work per group). */
const KEPT_PER_DOCUMENT = 32;

/** How many documents must each count several things with the word (one document giving two figures may be reporting the disagreement itself: `fewer than 1,000 troops`, `1,100 military personnel`). */
const SEVERAL_DOCUMENTS = 2;

/** A document's strong figures by measure (`docId`, NUL, `kind#key`), revisions left out. */
export type FiguresByMeasure = Map<string, QuantityItem[]>;

const kindOf = (context: string) => context.slice(0, context.indexOf("|") >>> 0);
const slotOf = (docId: string, context: string, key: string) => `${docId}\u0000${kindOf(context)}#${key}`;

/**
 * Each document's strong figures by measure (unit kind and key), for {@link countsSeveralThings}. A figure marked as
 * an earlier or later state (`initially 9`, now 12) is a revision, not another thing, and is left out.
 *
 * @param items - The quantity items of every document.
 */
export function figuresByMeasure(items: readonly QuantityItem[]): FiguresByMeasure {
  const out: FiguresByMeasure = new Map();
  for (const it of items) {
    if (!it.measure.strong || it.measure.revision) continue;
    for (const key of it.measure.keys) {
      const slot = slotOf(it.claim.docId, it.measure.context, key);
      const list = out.get(slot);
      if (!list) out.set(slot, [it]);
      else if (list.length < KEPT_PER_DOCUMENT) list.push(it);
    }
  }
  return out;
}

/** How many times apart two figures of one document must be to count different things on their own (as `DIFFERENT_THINGS_RATIO` for corroborated values). */
const FAR_APART = 2;

/** Whether two intervals are at least {@link FAR_APART} times apart (positive values). */
function farApart(a: Interval, b: Interval): boolean {
  const apart = (lo: Interval, hi: Interval) => lo.max !== null && lo.max > 0 && hi.min !== null && hi.min >= FAR_APART * lo.max;
  return apart(a, b) || apart(b, a);
}

/** Whether a key names the counted word itself, a topic class or a frame (`noun:game`, `frame:deaths`), not a WordNet hypernym (`wn:…`, shared by `boats` and `merchant vessels`). */
function isOwnWord(key: string): boolean {
  return !/(?:^|@)wn:/.test(key);
}

/** Whether two contexts (`kind|country|year|subject`) can be one: each field equal or unknown. */
function compatible(a: string, b: string): boolean {
  const x = a.split("|");
  const y = b.split("|");
  for (let f = 0; f < Math.max(x.length, y.length); f++) if (!(x[f] === "?" || y[f] === "?" || x[f] === y[f])) return false;
  return true;
}

/**
 * Whether a group's different figures may be several things counted with one word rather than a disagreement: two
 * documents of the group ({@link SEVERAL_DOCUMENTS}) each give, under a key that all the group's strong figures share (the word they were grouped
 * by, not a WordNet hypernym) and in a context compatible with its own figure of the group, two figures with no common value (`won 40
 * games`, `won 18 of their next 23 games`, `at least 12 games below .500` in one article). An outlet does not
 * disagree with itself, so when two outlets each do this, the word counts several things in the story. Figures marked as revisions are not read.
 *
 * @param members - The items of one group.
 * @param figures - Each document's figures by measure ({@link figuresByMeasure}).
 */
export function countsSeveralThings(members: readonly QuantityItem[], figures: FiguresByMeasure): boolean {
  const strong = members.filter((m) => m.measure.strong && !m.measure.revision);
  if (strong.length === 0) return false;
  let shared = new Set(strong[0]!.measure.keys.filter(isOwnWord));
  for (const m of strong.slice(1)) shared = new Set(m.measure.keys.filter((k) => shared.has(k)));
  for (const key of shared) {
    const documents = new Set<string>();
    for (const m of strong) {
      if (documents.has(m.claim.docId)) continue;
      let common: Interval | null = m.interval;
      for (const other of figures.get(slotOf(m.claim.docId, m.measure.context, key)) ?? []) {
        if (other === m || !compatible(m.measure.context, other.measure.context)) continue;
        // figures far apart (`40 games`, `six games`) count different things even in one document
        if (farApart(m.interval, other.interval)) return true;
        common = intersect(common, other.interval);
        if (!common) break;
      }
      if (!common) documents.add(m.claim.docId);
      if (documents.size >= SEVERAL_DOCUMENTS) return true;
    }
  }
  return false;
}
