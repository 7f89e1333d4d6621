import type { Claim } from "../schema.js";
import type { Interval } from "./interval.js";
import type { Measure } from "./measure-of.js";
import type { Nationality } from "./nationality.js";
import { ownString } from "@newsparse/corpus-loader";

/**
 * A measure as grouping keeps it for every figure of a corpus: its strings shared through the grouping's pool, and its
 * word sets as ascending word numbers (a number per word, where a set of strings took about ten times as much: a
 * grouping keeps hundreds of thousands of these at once).
 */
export interface ItemMeasure extends Omit<Measure, "words" | "phrase"> {
  /** The sentence's content words ({@link Measure.words}), as ascending word numbers. */
  words: readonly number[];
  /** The noun phrase's content words ({@link Measure.phrase}), as ascending word numbers; undefined when empty. */
  phrase?: readonly number[];
}

/** A quantity claim with what it measures, the interval it allows and the country it is about. */
export interface QuantityItem {
  claim: Claim;
  measure: ItemMeasure;
  interval: Interval;
  nat: Nationality | undefined;
  /** The size of the claim's unit in its dimension's base unit (`ft` → 0.3048 m, `week` → 7 days; `UNIT_DIMENSIONS`): its value times this is what is compared. Absent: 1. */
  scale?: number;
}

/**
 * The figure a value of an item stands for, in its dimension's base unit (`200 feet` → 60.96).
 *
 * @param it - An item.
 * @param value - One of its claim's values (value, min or max).
 */
export function inBaseUnit(it: QuantityItem, value: number): number;
export function inBaseUnit(it: QuantityItem, value: number | undefined): number | undefined;
export function inBaseUnit(it: QuantityItem, value: number | undefined): number | undefined {
  return value === undefined || it.scale === undefined ? value : value * it.scale;
}

/** Strings and words shared by the items of one grouping. */
export interface ItemPool {
  /** Each distinct string once (keys, contexts, labels: a few thousand distinct values over a corpus). */
  strings: Map<string, string>;
  /** Each distinct word's number. */
  words: Map<string, number>;
}

/**
 * A new pool.
 *
 * @returns An empty pool.
 */
export function createItemPool(): ItemPool {
  return { strings: new Map(), words: new Map() };
}

function shared(pool: ItemPool, s: string): string {
  const seen = pool.strings.get(s);
  if (seen !== undefined) return seen;
  const own = ownString(s);
  pool.strings.set(own, own);
  return own;
}

function numbered(pool: ItemPool, set: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (const w of set) {
    let n = pool.words.get(w);
    if (n === undefined) pool.words.set(ownString(w), (n = pool.words.size));
    out.push(n);
  }
  return out.sort((a, b) => a - b);
}

/**
 * A measure as an item keeps it: strings from the pool, word sets as ascending numbers.
 *
 * @param measure - The measure (from `measureOf`).
 * @param pool - The grouping's pool.
 * @returns The compact measure (same fields otherwise).
 */
export function itemMeasure(measure: Measure, pool: ItemPool): ItemMeasure {
  // Every field named in one literal: a rest-destructured object spread into a literal with a key it lacks gives each
  // copy a hidden class of its own in V8 (about 300 B more per item, and a grouping keeps one per figure of a corpus).
  const out: ItemMeasure = {
    keys: measure.keys.map((k) => shared(pool, k)),
    strong: measure.strong,
    context: shared(pool, measure.context),
    label: shared(pool, measure.label),
    revision: measure.revision,
    limit: measure.limit,
    figureKey: shared(pool, measure.figureKey),
    words: numbered(pool, measure.words),
  };
  const phrase = measure.phrase;
  if (phrase && phrase.size > 0) out.phrase = numbered(pool, phrase);
  if (measure.payee !== undefined) out.payee = shared(pool, measure.payee);
  return out;
}

/**
 * How many word numbers two ascending lists share (a merge: both lists hold each number at most once).
 *
 * @param a - Ascending numbers.
 * @param b - Ascending numbers.
 * @returns The size of their intersection.
 */
export function sharedWords(a: readonly number[] | undefined, b: readonly number[] | undefined): number {
  if (!a || !b) return 0;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
