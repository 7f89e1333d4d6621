import { wordAlternation } from "@newsparse/corpus-loader";
import type { Claim } from "../schema.js";
import { SCALE_WORDS } from "../lexicon/number-words.js";
import { approximationHalfWidth } from "./approximation.js";
import type { QuantityItem } from "./quantity-item.js";

const SCALED = new RegExp(`\\b${wordAlternation(SCALE_WORDS)}\\b`, "i");

/** An interval with open/closed ends; null = unbounded. */
export interface Interval {
  min: number | null;
  max: number | null;
  minOpen: boolean;
  maxOpen: boolean;
}

/** The interval that allows every value. */
export const UNBOUNDED: Readonly<Interval> = { min: null, max: null, minOpen: false, maxOpen: false };

/** Half-width a round figure implies: `$1.4 billion` is 1.36–1.44 billion, `800,000` is 760,000–840,000; small or exact-looking figures none. */
function impliedPrecision(claim: Claim, v: number): number {
  const a = Math.abs(v);
  if (a < 10_000 && !SCALED.test(claim.text)) return 0;
  let unit = 1;
  while (unit * 10 <= a && Math.abs(Math.round(v / (unit * 10)) * unit * 10 - v) < 1e-6 * a) unit *= 10;
  return unit >= 1000 ? 0.4 * unit : 0;
}

/**
 * The values a quantity claim allows: `about` ±`tolerance` (narrower for a small figure written to the unit: `some 16` is 15.5–16.5), `more than` open above, a round figure its implied precision.
 *
 * @param claim - A quantity claim.
 * @param tolerance - Relative width of an `approx` interval.
 * @param limit - The figure is a limit (`a cap of 1,000`): it allows exactly its value.
 * @returns The interval, or null when the claim gives no usable value.
 */
export function intervalOf(claim: Claim, tolerance: number, limit = false): Interval | null {
  const q = claim.quantity;
  if (!q) return null;
  const v = q.value;
  if (limit && v !== undefined) return { min: v, max: v, minOpen: false, maxOpen: false };
  switch (q.relation) {
    case "eq": {
      if (v === undefined) return null;
      const p = impliedPrecision(claim, v);
      return { min: v - p, max: v + p, minOpen: false, maxOpen: false };
    }
    case "approx": {
      if (v === undefined) return null;
      const w = approximationHalfWidth(claim, v, tolerance);
      return { min: v - w, max: v + w, minOpen: false, maxOpen: false };
    }
    case "gt":
      return v === undefined ? null : { min: v, max: null, minOpen: true, maxOpen: false };
    case "gte":
      return v === undefined ? null : { min: v, max: null, minOpen: false, maxOpen: false };
    case "lt":
      return v === undefined ? null : { min: null, max: v, minOpen: false, maxOpen: true };
    case "lte":
      return v === undefined ? null : { min: null, max: v, minOpen: false, maxOpen: false };
    case "range":
      return q.min === undefined || q.max === undefined ? null : { min: q.min, max: q.max, minOpen: false, maxOpen: false };
  }
}

/**
 * An interval in another unit: both ends times `factor` (positive).
 *
 * @param i - An interval.
 * @param factor - The size of its unit in the new unit.
 */
export function scaleInterval(i: Interval, factor: number): Interval {
  return { ...i, min: i.min === null ? null : i.min * factor, max: i.max === null ? null : i.max * factor };
}

/**
 * The common part of two intervals.
 *
 * @param a - An interval.
 * @param b - Another.
 * @returns Their intersection, or null when they share no value.
 */
export function intersect(a: Interval, b: Interval): Interval | null {
  let min = a.min;
  let minOpen = a.minOpen;
  if (b.min !== null && (min === null || b.min > min || (b.min === min && b.minOpen))) {
    min = b.min;
    minOpen = b.minOpen;
  }
  let max = a.max;
  let maxOpen = a.maxOpen;
  if (b.max !== null && (max === null || b.max < max || (b.max === max && b.maxOpen))) {
    max = b.max;
    maxOpen = b.maxOpen;
  }
  if (min !== null && max !== null && (min > max || (min === max && (minOpen || maxOpen)))) return null;
  return { min, max, minOpen, maxOpen };
}

type Bound = { v: number; open: boolean };

/** Each document's tightest lower and upper bound over its members. */
function boundsByDocument(members: readonly QuantityItem[]): { lows: Map<string, Bound>; highs: Map<string, Bound> } {
  const lows = new Map<string, Bound>();
  const highs = new Map<string, Bound>();
  for (const m of members) {
    const d = m.claim.docId;
    const iv = m.interval;
    if (iv.min !== null) {
      const cur = lows.get(d);
      if (!cur || iv.min > cur.v || (iv.min === cur.v && iv.minOpen)) lows.set(d, { v: iv.min, open: iv.minOpen });
    }
    if (iv.max !== null) {
      const cur = highs.get(d);
      if (!cur || iv.max < cur.v || (iv.max === cur.v && iv.maxOpen)) highs.set(d, { v: iv.max, open: iv.maxOpen });
    }
  }
  return { lows, highs };
}

/** The two best entries of a map under `better`, best first. */
function topTwo<T extends { v: number }>(map: Map<string, T>, better: (a: T, b: T) => boolean): [string, T][] {
  const out: [string, T][] = [];
  for (const e of map) {
    if (out.length < 2) out.push(e);
    else if (better(e[1], out[1]![1])) out[1] = e;
    out.sort((a, b) => (better(a[1], b[1]) ? -1 : better(b[1], a[1]) ? 1 : 0));
  }
  return out;
}

/**
 * Whether two members from different documents allow no common value (per-document bounds, linear).
 *
 * @param members - The items of one group.
 * @returns True when some two documents' figures cannot both be right.
 */
export function crossDocumentDisjoint(members: readonly QuantityItem[]): boolean {
  const { lows, highs } = boundsByDocument(members);
  const lo = topTwo(lows, (a, b) => a.v > b.v);
  const hi = topTwo(highs, (a, b) => a.v < b.v);
  const apart = (l: Bound, h: Bound) => l.v > h.v || (l.v === h.v && (l.open || h.open));
  for (const [dl, l] of lo) for (const [dh, h] of hi) if (dl !== dh && apart(l, h)) return true;
  return false;
}
