import { inBaseUnit, sharedPhraseWords, sharedWords, type QuantityItem } from "./quantity-item.js";
import { intersect, UNBOUNDED, type Interval } from "./interval.js";
import { ambiguousSubject, createGroupSubjects, subjectOfContext } from "./lone-figure-subjects.js";
import { createUnionFind, type UnionFind } from "./union-find.js";

// A measure's context is `kind|country|year|subject`; "?" marks an unknown field.
/** Contexts already split (a few thousand distinct ones; every phase reads them, often per pair of figures). */
const splitContexts = new Map<string, readonly string[]>();
/** How many split contexts are kept (memory stays bounded; past it the cache starts again). */
const KEPT_CONTEXTS = 8192;
function split(context: string): readonly string[] {
  let parts = splitContexts.get(context);
  if (!parts) {
    if (splitContexts.size >= KEPT_CONTEXTS) splitContexts.clear();
    splitContexts.set(context, (parts = context.split("|")));
  }
  return parts;
}
const baseOf = (it: QuantityItem, key: string) => `${split(it.measure.context)[0]}#${key}`;

/** How many qualifier fields follow the kind in a context (country, year, subject). */
const FIELDS = 3;
/** The context field a document can contrast with an unknown one: the year (a story about one country names the country for some figures only, so the country is not). */
const YEAR_FIELD = 1;

/** Per context field (country, year, subject): the values each `kind#key` is seen with. */
function valuesByKey(items: readonly QuantityItem[]): Map<string, Set<string>>[] {
  const seenOfKey = Array.from({ length: FIELDS }, () => new Map<string, Set<string>>());
  for (const it of items) {
    const parts = split(it.measure.context);
    for (let f = 0; f < FIELDS; f++) {
      const value = parts[f + 1]!;
      if (value === "?" || value === undefined) continue;
      for (const key of it.measure.keys) {
        const b = baseOf(it, key);
        const set = seenOfKey[f]!.get(b) ?? new Set<string>();
        set.add(value);
        seenOfKey[f]!.set(b, set);
      }
    }
  }
  return seenOfKey;
}

/**
 * The `kind#key`s whose year one document contrasts with an undated figure: the document gives a figure of the key
 * with a year and another figure (another value) of the key with none (`won at least 10 games` beside `the 2008
 * Dolphins`, `killed 26,000 in Bam in 2003` beside `the quake killed 612`). It writes them as different events, so
 * undated figures of that key, in any document, do not take that year. Linear: per document and key, each year's
 * figures are checked against the undated ones only while there are no more undated figures than dated ones. Read
 * document by document, so only one document's figures are tabled at a time.
 */
function contrastedYears(items: readonly QuantityItem[]): Set<string> {
  const ofDocument = new Map<string, number[]>();
  items.forEach((it, i) => {
    const list = ofDocument.get(it.claim.docId);
    if (list) list.push(i);
    else ofDocument.set(it.claim.docId, [i]);
  });
  const contrasted = new Set<string>();
  for (const places of ofDocument.values()) {
    const inDocument = new Map<string, { dated: Map<string, Set<string>>; undated: Set<string> }>();
    for (const i of places) {
      const it = items[i]!;
      const year = split(it.measure.context)[YEAR_FIELD + 1] ?? "?";
      for (const key of it.measure.keys) {
        const slot = baseOf(it, key);
        let doc = inDocument.get(slot);
        if (!doc) inDocument.set(slot, (doc = { dated: new Map(), undated: new Set() }));
        if (year === "?") doc.undated.add(it.measure.figureKey);
        else {
          const figures = doc.dated.get(year) ?? new Set<string>();
          figures.add(it.measure.figureKey);
          doc.dated.set(year, figures);
        }
      }
    }
    for (const [slot, doc] of inDocument) {
      if (doc.undated.size === 0 || contrasted.has(slot)) continue;
      for (const figures of doc.dated.values()) {
        // an undated figure that is not one of the dated ones
        let other = doc.undated.size > figures.size;
        if (!other) for (const fig of doc.undated) if (!figures.has(fig)) other = true;
        if (other) {
          contrasted.add(slot);
          break;
        }
      }
    }
  }
  return contrasted;
}

/** Phase 1: items sharing a key under the same context are one group; an unknown country, year or subject takes the one value its key has, when there is exactly one (a year, unless a document contrasts it with an undated figure of the key: `contrastedYears`). */
function linkByKey(items: readonly QuantityItem[], sets: UnionFind): void {
  const seenOfKey = valuesByKey(items);
  const contrasted = contrastedYears(items);
  const firstOfKey = new Map<string, number>();
  items.forEach((it, i) => {
    const parts = split(it.measure.context);
    for (const key of it.measure.keys) {
      const b = baseOf(it, key);
      const fields = Array.from({ length: FIELDS }, (_, f) => {
        const value = parts[f + 1] ?? "?";
        const seen = seenOfKey[f]!.get(b);
        return value === "?" && seen?.size === 1 && !(f === YEAR_FIELD && contrasted.has(b)) ? [...seen][0]! : value;
      });
      const full = `${b}|${fields.join("|")}`;
      const seen = firstOfKey.get(full);
      if (seen === undefined) firstOfKey.set(full, i);
      else sets.union(seen, i);
    }
  });
}

/** A context without its subject (`kind|country|year`). */
function placeAndTime(it: QuantityItem): string {
  return split(it.measure.context).slice(0, FIELDS).join("|");
}

/** How far (as a ratio) a bound may be from the figure it allows and still be the same figure, rounded (`more than $1 million` / `$1.1 million`). */
const BOUND_REACH = 1.25;

function isLowerBound(it: QuantityItem): boolean {
  const r = it.claim.quantity?.relation;
  return r === "gt" || r === "gte";
}

function isUpperBound(it: QuantityItem): boolean {
  const r = it.claim.quantity?.relation;
  return r === "lt" || r === "lte";
}

function isBound(it: QuantityItem): boolean {
  const r = it.claim.quantity?.relation;
  return r === "gt" || r === "gte" || r === "lt" || r === "lte";
}

/** Phase 2: near-equal amounts (within 5%, or a bound within 25% that allows the other) in different documents whose sentences share two content words are the same figure, rounded or misreported (sorted by value, a sliding window). */
function linkNearEqualAmounts(items: readonly QuantityItem[], sets: UnionFind): void {
  const amounts = items
    .flatMap((it, i) => {
      const v = inBaseUnit(it, it.claim.quantity?.value);
      // the place and time read once per figure (not twice per comparison of the sort)
      return v !== undefined && v > 0 && it.measure.keys.length === 1 && it.measure.keys[0]!.startsWith("same:") ? [{ it, i, v, at: placeAndTime(it) }] : [];
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.v - b.v));
  for (let a = 0; a < amounts.length; a++) {
    const x = amounts[a]!;
    for (let b = a + 1; b < amounts.length && b < a + 8; b++) {
      const y = amounts[b]!;
      if (y.at !== x.at || y.v > x.v * BOUND_REACH) break;
      if (y.it.claim.docId === x.it.claim.docId || y.v === x.v || !compatibleContext(x.it.measure.context, y.it.measure.context)) continue;
      // a bound (`over $10,000`) is the same figure only when it allows the other; a bound below (`more than $1 million`
      // beside `$1.1 million`) or above may be rounded further than a figure
      const allows = intersect(x.it.interval, y.it.interval) !== null;
      if (!allows && (isBound(x.it) || isBound(y.it))) continue;
      if (y.v > x.v * 1.05 && !(allows && (isLowerBound(x.it) || isUpperBound(y.it)))) continue;
      if (sharedWords(x.it.measure, y.it.measure) >= 2) {
        sets.union(x.i, y.i);
        x.it.measure.strong = true;
        y.it.measure.strong = true;
      }
    }
  }
}

/** Phase 3: a lone figure with only a weak key (`same:count:1600000`, `same:duration:180`) joins the group of measured figures that has the very same figure in another document, when exactly one group has it. */
function linkBareFigures(items: readonly QuantityItem[], sets: UnionFind): void {
  const rootsOfFigure = new Map<string, Set<number>>();
  const holders = new Map<string, QuantityItem[]>();
  items.forEach((it, i) => {
    if (!it.measure.strong) return;
    const key = it.measure.figureKey;
    const roots = rootsOfFigure.get(key) ?? new Set<number>();
    roots.add(sets.find(i));
    rootsOfFigure.set(key, roots);
    const list = holders.get(key) ?? [];
    if (list.length < MAX_HOLDERS) list.push(it);
    holders.set(key, list);
  });
  items.forEach((it, i) => {
    const k = it.measure.keys[0];
    if (it.measure.strong || it.measure.keys.length !== 1 || !k?.startsWith("same:")) return;
    const roots = rootsOfFigure.get(k);
    if (roots?.size !== 1) return;
    // the same figure in another document, in a sentence that shares a content word (`one day` alone is not `a one-day swing`)
    const holder = (holders.get(k) ?? []).some((h) => h.claim.docId !== it.claim.docId && sharedWords(it.measure, h.measure) > 0);
    if (holder) sets.union([...roots][0]!, i);
  });
}

/** How many measured figures of one value a lone figure is checked against (bounded work per figure). */
const MAX_HOLDERS = 16;

/** Phase 4: amounts spent at the same named place (`over $10,000 at Best Buy`, `$10,977.74 … at Best Buy`) in different documents are one figure when they allow a common value (agreements only). */
function linkNamedAmounts(items: readonly QuantityItem[], sets: UnionFind): void {
  const byPayee = new Map<string, number[]>();
  items.forEach((it, i) => {
    const p = it.measure.payee;
    if (!p) return;
    const key = `${it.measure.context.split("|")[0]}|${p}`;
    const list = byPayee.get(key) ?? [];
    list.push(i);
    byPayee.set(key, list);
  });
  for (const list of byPayee.values()) {
    if (list.length > 8) continue; // a name that many amounts share says little
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const x = items[list[a]!]!;
        const y = items[list[b]!]!;
        if (x.claim.docId !== y.claim.docId && intersect(x.interval, y.interval)) sets.union(list[a]!, list[b]!);
      }
  }
}

/** How many content words two sentences must share for the same figure in both to be one figure although nothing else links them (one word of the figure's own noun phrase is enough). */
export const SAME_FIGURE_SHARED_WORDS = 4;
/** How many figures of one value and kind are compared pairwise (bounded work per figure). */
const MAX_SAME_FIGURE = 24;

/** Whether two context strings (`kind|country|year|subject`) can be one: same kind, and each other field equal or unknown. */
function compatibleContext(a: string, b: string): boolean {
  const x = split(a);
  const y = split(b);
  if (x[0] !== y[0]) return false;
  for (let f = 1; f < x.length; f++) if (!(x[f] === "?" || y[f] === "?" || x[f] === y[f])) return false;
  return true;
}

/** Figures below this with no noun phrase are joined by their phrase only, never by sentence words alone. */
const SMALL_BARE_FIGURE = 10;

/** Whether an item is a small figure with no unit and nothing counted after it (`3`, `two`; not `twice`). */
function isBareSmall(it: QuantityItem): boolean {
  const v = it.claim.quantity?.value;
  return it.measure.phraseFrom === it.measure.phraseTo && !it.claim.quantity?.unit && v !== undefined && Math.abs(v) < SMALL_BARE_FIGURE;
}

/** Whether an item counts a further part (`four other murders`, `two additional subpoenas`): its keys say `other:`. */
function isFurtherPart(it: QuantityItem): boolean {
  return it.measure.keys.some((k) => k.startsWith("other:"));
}

/**
 * Phase 5: a figure left alone (a group of one) joins the same figure in another document when their noun phrases
 * share a content word (`five senior Missouri Republicans` / `five past and present Missouri Republican senators`) or
 * their sentences share at least {@link SAME_FIGURE_SHARED_WORDS}: the counted thing is named differently or not at
 * all, but the same figure said about the same words is one figure. Agreements only: it joins figures that allow a
 * common value.
 */
function linkSameFigureInContext(items: readonly QuantityItem[], sets: UnionFind): void {
  const size = new Map<number, number>();
  items.forEach((_, i) => size.set(sets.find(i), (size.get(sets.find(i)) ?? 0) + 1));
  const byFigure = figuresByValue(items);
  const subjects = createGroupSubjects();
  const subjectOf = (i: number) => subjectOfContext(items[i]!.measure.context);
  for (const list of byFigure.values()) {
    // a lone figure with no named subject whose words fit figures of two named subjects is nobody's in particular
    const ambiguous = new Set<number>();
    for (const a of list) {
      if (size.get(sets.find(a)) !== 1 || subjectOf(a) !== undefined) continue;
      const fits = list.filter((b) => sameFigureWords(items[a]!, items[b]!) >= SAME_FIGURE_SHARED_WORDS);
      if (ambiguousSubject(undefined, fits.map(subjectOf))) ambiguous.add(a);
    }
    for (const a of list) {
      const x = items[a]!;
      if (size.get(sets.find(a)) !== 1 || ambiguous.has(a)) continue;
      let best = -1;
      let bestShared = SAME_FIGURE_SHARED_WORDS - 1;
      for (const b of list) {
        if (ambiguous.has(b) || !subjects.admits(sets.find(b), subjectOf(a))) continue;
        const shared = sameFigureWords(x, items[b]!);
        if (shared > bestShared) {
          best = b;
          bestShared = shared;
        }
      }
      if (best >= 0) {
        const ra = sets.find(a);
        const rb = sets.find(best);
        sets.union(a, best);
        subjects.merge(sets.find(a), ra, rb, subjectOf(a), subjectOf(best));
        size.set(sets.find(a), 2);
      }
    }
  }
}

/** The figures of each value and kind (`count#same:count:12`), at most {@link MAX_SAME_FIGURE} of each, by index. */
function figuresByValue(items: readonly QuantityItem[]): Map<string, number[]> {
  const byFigure = new Map<string, number[]>();
  items.forEach((it, i) => {
    const k = `${split(it.measure.context)[0]}#${it.measure.figureKey}`;
    const list = byFigure.get(k) ?? [];
    if (list.length < MAX_SAME_FIGURE) list.push(i);
    byFigure.set(k, list);
  });
  return byFigure;
}

/**
 * Phase 6: two groups of two or more figures that each hold the same figure said about the same thing in different
 * documents (their own noun phrases share a word, `two children` / `two young children`, and their sentences count
 * as one figure's as in phase 5) are one group, when all their figures still allow one common value (agreements
 * only: a merge never makes a disagreement) and they name at most one subject. Figures of one story kept apart by a
 * year or subject one of them lacks are joined this way.
 */
function linkGroupsBySameFigure(items: readonly QuantityItem[], sets: UnionFind): void {
  // each group's size, the value all its figures allow (null: none), and its named subjects
  const size = new Map<number, number>();
  const common = new Map<number, Interval | null>();
  const named = new Map<number, Set<string>>();
  items.forEach((it, i) => {
    const r = sets.find(i);
    size.set(r, (size.get(r) ?? 0) + 1);
    const c = common.has(r) ? common.get(r)! : { ...UNBOUNDED };
    common.set(r, c && intersect(c, it.interval));
    const subject = subjectOfContext(it.measure.context);
    if (subject !== undefined) named.set(r, (named.get(r) ?? new Set<string>()).add(subject));
  });
  for (const list of figuresByValue(items).values()) {
    for (let p = 0; p < list.length; p++)
      for (let q = p + 1; q < list.length; q++) {
        const a = list[p]!;
        const b = list[q]!;
        const ra = sets.find(a);
        const rb = sets.find(b);
        if (ra === rb || size.get(ra)! < 2 || size.get(rb)! < 2) continue;
        if (!sharesPhraseWord(items[a]!, items[b]!) || sameFigureWords(items[a]!, items[b]!) < SAME_FIGURE_SHARED_WORDS) continue;
        const ca = common.get(ra);
        const cb = common.get(rb);
        const both = ca && cb ? intersect(ca, cb) : null;
        if (!both) continue;
        const subjects = new Set([...(named.get(ra) ?? []), ...(named.get(rb) ?? [])]);
        if (subjects.size > 1) continue;
        sets.union(a, b);
        const r = sets.find(a);
        size.set(r, size.get(ra)! + size.get(rb)!);
        common.set(r, both);
        named.set(r, subjects);
      }
  }
}

/** Whether two figures' own noun phrases share a content word (`two children` / `two young children`). */
function sharesPhraseWord(x: QuantityItem, y: QuantityItem): boolean {
  return sharedPhraseWords(x.measure, y.measure) > 0;
}

/** How strongly two figures of one value are one figure by their words: shared sentence words, a shared phrase word counting as many as the threshold; -1 when they cannot be one (same document, incompatible context, disjoint values, a further part). */
function sameFigureWords(x: QuantityItem, y: QuantityItem): number {
  if (y.claim.docId === x.claim.docId || !compatibleContext(x.measure.context, y.measure.context) || !intersect(x.interval, y.interval)) return -1;
  // a further part (`two other buildings`, `two additional subpoenas`) is not the figure of the whole
  if (isFurtherPart(x) || isFurtherPart(y)) return -1;
  let shared = 0;
  // a small bare figure on both sides (`3`, `two`) is too common to be one figure by its sentence alone
  if (!(isBareSmall(x) && isBareSmall(y))) shared += sharedWords(x.measure, y.measure);
  // a word of the figure's own phrase counts as many as the threshold
  shared += SAME_FIGURE_SHARED_WORDS * sharedPhraseWords(x.measure, y.measure);
  return shared;
}

/**
 * Group quantity items: by shared key under the same context (union-find, linear), then near-equal amounts, then lone figures, then amounts at the same named place, then lone figures said about the same words, then groups that hold the same figure said about the same words.
 *
 * @param items - Quantity items of every document.
 * @returns The groups, each in item order, ordered by their first item.
 */
export function groupQuantityItems(items: readonly QuantityItem[]): QuantityItem[][] {
  const sets = createUnionFind(items.length);
  linkByKey(items, sets);
  linkNearEqualAmounts(items, sets);
  linkBareFigures(items, sets);
  linkNamedAmounts(items, sets);
  linkSameFigureInContext(items, sets);
  linkGroupsBySameFigure(items, sets);
  const byRoot = new Map<number, QuantityItem[]>();
  items.forEach((it, i) => {
    const r = sets.find(i);
    const list = byRoot.get(r);
    if (list) list.push(it);
    else byRoot.set(r, [it]);
  });
  return [...byRoot.values()];
}
