import type { Claim } from "../schema.js";
import type { Interval } from "./interval.js";
import type { Measure } from "./measure-of.js";
import type { Nationality } from "./nationality.js";
import { ownString } from "@newsparse/corpus-loader";

/**
 * A measure as grouping keeps it for every figure of a corpus: its strings and key lists shared through the grouping's
 * pool, and its word sets as ranges of ascending word numbers in the pool's one list (a number per word, where a set
 * of strings took about ten times as much, and an array per set about twice as much: a grouping keeps hundreds of
 * thousands of these at once). Every field is set when the measure is made, so all measures share one hidden class.
 */
export interface ItemMeasure extends Omit<Measure, "words" | "phrase" | "payee" | "keys"> {
  /** The keys ({@link Measure.keys}), one shared list per distinct list. */
  keys: readonly string[];
  /** For an amount: the name it is spent at ({@link Measure.payee}), or undefined. */
  payee: string | undefined;
  /** The pool whose `lists` hold the word ranges below. */
  pool: ItemPool;
  /** The sentence's content words ({@link Measure.words}): `pool.lists[wordsFrom]` to `pool.lists[wordsTo - 1]`, ascending. */
  wordsFrom: number;
  /** End (exclusive) of the sentence's content words in `pool.lists`. */
  wordsTo: number;
  /** The noun phrase's content words ({@link Measure.phrase}): `pool.lists[phraseFrom]` to `pool.lists[phraseTo - 1]`, ascending; empty when there are none. */
  phraseFrom: number;
  /** End (exclusive) of the noun phrase's content words in `pool.lists`. */
  phraseTo: number;
}

/** A quantity claim with what it measures, the interval it allows and the country it is about. */
export interface QuantityItem {
  claim: Claim;
  measure: ItemMeasure;
  interval: Interval;
  nat: Nationality | undefined;
  /** The size of the claim's unit in its dimension's base unit (`ft` → 0.3048 m, `week` → 7 days; `UNIT_DIMENSIONS`): its value times this is what is compared. Undefined: 1. */
  scale?: number | undefined;
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

/** Strings, key lists and words shared by the items of one grouping. */
export interface ItemPool {
  /** Each distinct string once (keys, contexts, labels: a few thousand distinct values over a corpus). */
  strings: Map<string, string>;
  /** Each distinct list of keys once, by its keys joined with a NUL. */
  keyLists: Map<string, readonly string[]>;
  /** Each distinct word's number. */
  words: Map<string, number>;
  /** The items' word sets as ascending word numbers, one after another (the measures hold ranges of it). */
  lists: Int32Array;
  /** How much of `lists` is used. */
  used: number;
}

/**
 * A new pool.
 *
 * @returns An empty pool.
 */
export function createItemPool(): ItemPool {
  return { strings: new Map(), keyLists: new Map(), words: new Map(), lists: new Int32Array(1024), used: 0 };
}

/**
 * A string as a pool keeps it: the pool's copy when it has one, else a copy of its own (never a view into a longer
 * text), added to the pool.
 *
 * @param strings - The pool: each string by itself.
 * @param s - A string.
 * @returns The pooled copy.
 */
export function sharedString(strings: Map<string, string>, s: string): string {
  const seen = strings.get(s);
  if (seen !== undefined) return seen;
  const own = ownString(s);
  strings.set(own, own);
  return own;
}

function shared(pool: ItemPool, s: string): string {
  return sharedString(pool.strings, s);
}

function sharedKeys(pool: ItemPool, keys: readonly string[]): readonly string[] {
  const id = keys.join("\0");
  const seen = pool.keyLists.get(id);
  if (seen) return seen;
  const own = keys.map((k) => shared(pool, k));
  pool.keyLists.set(id, own);
  return own;
}

/** Append a set's word numbers, ascending, to the pool's lists; returns where they start (they end at `pool.used`). */
function numbered(pool: ItemPool, set: ReadonlySet<string> | undefined): number {
  const from = pool.used;
  if (!set || set.size === 0) return from;
  if (pool.lists.length < from + set.size) {
    const grown = new Int32Array(Math.max(2 * pool.lists.length, from + set.size));
    grown.set(pool.lists.subarray(0, from));
    pool.lists = grown;
  }
  let to = from;
  for (const w of set) {
    let n = pool.words.get(w);
    if (n === undefined) pool.words.set(ownString(w), (n = pool.words.size));
    pool.lists[to++] = n;
  }
  pool.lists.subarray(from, to).sort();
  pool.used = to;
  return from;
}

/**
 * A measure as an item keeps it: strings and key lists from the pool, word sets as ranges of ascending numbers.
 *
 * @param measure - The measure (from `measureOf`).
 * @param pool - The grouping's pool.
 * @returns The compact measure (same fields otherwise).
 */
export function itemMeasure(measure: Measure, pool: ItemPool): ItemMeasure {
  const wordsFrom = numbered(pool, measure.words);
  const wordsTo = pool.used;
  const phraseFrom = numbered(pool, measure.phrase);
  const phraseTo = pool.used;
  // every field named in one literal, in one order: a rest-destructured object spread into a literal with a key it
  // lacks, or a key added later, gives copies hidden classes of their own in V8
  return {
    keys: sharedKeys(pool, measure.keys),
    strong: measure.strong,
    context: shared(pool, measure.context),
    label: shared(pool, measure.label),
    revision: measure.revision,
    limit: measure.limit,
    figureKey: shared(pool, measure.figureKey),
    payee: measure.payee === undefined ? undefined : shared(pool, measure.payee),
    pool,
    wordsFrom,
    wordsTo,
    phraseFrom,
    phraseTo,
  };
}

/**
 * How many word numbers two ascending ranges of one list share (a merge: each range holds each number at most once).
 */
function sharedInRanges(list: Int32Array, i: number, iEnd: number, j: number, jEnd: number): number {
  let n = 0;
  while (i < iEnd && j < jEnd) {
    const x = list[i]!;
    const y = list[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * How many content words the sentences of two measures share.
 *
 * @param a - A measure.
 * @param b - A measure of the same pool.
 * @returns The size of the intersection of their sentences' content words.
 */
export function sharedWords(a: ItemMeasure, b: ItemMeasure): number {
  return sharedInRanges(a.pool.lists, a.wordsFrom, a.wordsTo, b.wordsFrom, b.wordsTo);
}

/**
 * How many content words the noun phrases of two measures share.
 *
 * @param a - A measure.
 * @param b - A measure of the same pool.
 * @returns The size of the intersection of their noun phrases' content words.
 */
export function sharedPhraseWords(a: ItemMeasure, b: ItemMeasure): number {
  return sharedInRanges(a.pool.lists, a.phraseFrom, a.phraseTo, b.phraseFrom, b.phraseTo);
}
