import { intersect, type Interval } from "./interval.js";
import { inBaseUnit, type QuantityItem } from "./quantity-item.js";

/** Two corroborated figures at least this many times apart count different things (`two states` sued, `23 states` have laws). */
export const DIFFERENT_THINGS_RATIO = 2;
/** A figure at least this many times away from every figure of the other documents measures something else (`100 pages of e-mails`, `25,000 pages of documents`). */
export const OUT_OF_SCALE_RATIO = 10;

/** The figure an item states: its value, the middle of its range, or its bound. */
function figure(it: QuantityItem): number | undefined {
  const q = it.claim.quantity;
  if (!q) return undefined;
  if (q.value !== undefined) return inBaseUnit(it, q.value);
  if (q.min !== undefined && q.max !== undefined) return inBaseUnit(it, (q.min + q.max) / 2);
  return inBaseUnit(it, q.min ?? q.max);
}

/** How many times apart two figures are (1 when equal, Infinity when one is zero or they differ in sign). */
function ratio(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return 1;
  if (a === b) return 1;
  if (a <= 0 || b <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(a, b) / Math.min(a, b);
}

const low = (i: Interval) => (i.min === null ? Number.NEGATIVE_INFINITY : i.min);
const high = (i: Interval) => (i.max === null ? Number.POSITIVE_INFINITY : i.max);

interface Cluster {
  items: QuantityItem[];
  common: Interval;
  docs: Set<string>;
}

/** Runs of items (sorted by interval) that all share a value. */
function valueClusters(members: readonly QuantityItem[]): Cluster[] {
  const sorted = [...members].sort((x, y) => low(x.interval) - low(y.interval) || high(x.interval) - high(y.interval));
  const clusters: Cluster[] = [];
  for (const it of sorted) {
    const last = clusters[clusters.length - 1];
    const common = last ? intersect(last.common, it.interval) : null;
    if (last && common) {
      last.items.push(it);
      last.common = common;
      last.docs.add(it.claim.docId);
    } else clusters.push({ items: [it], common: it.interval, docs: new Set([it.claim.docId]) });
  }
  return clusters;
}

function span(c: Cluster): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const it of c.items) {
    const f = figure(it);
    if (f === undefined) continue;
    lo = Math.min(lo, f);
    hi = Math.max(hi, f);
  }
  return [lo, hi];
}

/**
 * The runs of a group's items (sorted by interval) that all allow one common value: agreeing groups, in value order.
 *
 * @param members - Items of one group (any order).
 */
export function agreeingRuns(members: readonly QuantityItem[]): QuantityItem[][] {
  return valueClusters(members).map((c) => c.items);
}

/**
 * Split a group of figures under one key when it counts different things. When two or more values are each given by
 * two or more documents and lie at least {@link DIFFERENT_THINGS_RATIO} times apart, each is its own group (a figure
 * of one document joins the nearest of them when within that ratio and that document gives no figure of it, else no
 * group). Otherwise a figure at least
 * {@link OUT_OF_SCALE_RATIO} times away from every figure of the other documents leaves the group. Figures close to
 * each other stay together, so a real disagreement (`1,000` vs `1,100` troops, `9` vs `12` dead) is still one group.
 *
 * @param members - Items grouped under one key (any order).
 * @returns One or more groups (a group may end up with one document; the caller drops those).
 */
export function splitByScale(members: readonly QuantityItem[]): QuantityItem[][] {
  const clusters = valueClusters(members);
  const corroborated = clusters.filter((c) => c.docs.size >= 2);
  let far = corroborated.length >= 2;
  for (let k = 1; far && k < corroborated.length; k++) {
    if (ratio(span(corroborated[k - 1]!)[1], span(corroborated[k]!)[0]) < DIFFERENT_THINGS_RATIO) far = false;
  }
  // corroborated values that one document gives side by side (`seven life sentences and four sentences of life
  // without parole`) count different things, however close; unless one is marked as revised (`initially 9`, now 12)
  if (!far && corroborated.length >= 2 && !members.some((m) => m.measure.revision) && sideBySide(corroborated)) far = true;
  if (far) {
    const groups = corroborated.map((c) => [...c.items]);
    // each value's span once (it was read again for every figure of one document)
    const spans = corroborated.map(span);
    for (const c of clusters) {
      if (c.docs.size >= 2) continue;
      for (const it of c.items) {
        let best = -1;
        let bestRatio = DIFFERENT_THINGS_RATIO;
        corroborated.forEach((k, x) => {
          // a document that gives both figures counts two things: it does not disagree with itself
          if (k.docs.has(it.claim.docId)) return;
          const [lo, hi] = spans[x]!;
          const r = Math.min(ratio(figure(it), lo), ratio(figure(it), hi));
          if (r < bestRatio) {
            best = x;
            bestRatio = r;
          }
        });
        if (best >= 0) groups[best]!.push(it);
      }
    }
    return groups;
  }
  return [withinScale(nearCorroborated(selfConsistent(members, corroborated), corroborated))];
}

/**
 * The members with a figure of another document less than {@link OUT_OF_SCALE_RATIO} times away (a member without a
 * figure is near every other). Sorted once; each member is checked against its nearest figure of another document
 * on each side (the last index of each of the two most recent documents), so the work is linear after the sort.
 *
 * @param members - Items of one group.
 * @returns Those near a figure of another document, in their order.
 */
export function withinScale(members: readonly QuantityItem[]): QuantityItem[] {
  const docs = new Set(members.map((m) => m.claim.docId));
  if (docs.size < 2) return [];
  // documents with a member that has no figure: near every member of another document
  const unknownDocs = new Set(members.filter((m) => figure(m) === undefined).map((m) => m.claim.docId));
  const sorted = members.map((m) => ({ m, f: figure(m) })).filter((x): x is { m: QuantityItem; f: number } => x.f !== undefined).sort((a, b) => a.f - b.f);
  const near = new Set<QuantityItem>();
  const firstUnknown = unknownDocs.values().next().value;
  for (const m of members) if (figure(m) === undefined || unknownDocs.size >= 2 || (unknownDocs.size === 1 && firstUnknown !== m.claim.docId)) near.add(m);
  const sweep = (order: number[]) => {
    // the last index seen, and the last index of a document other than that one's
    let last = -1;
    let lastOther = -1;
    for (const i of order) {
      const x = sorted[i]!;
      const doc = x.m.claim.docId;
      const candidate = last >= 0 && sorted[last]!.m.claim.docId !== doc ? last : lastOther;
      if (candidate >= 0 && ratio(x.f, sorted[candidate]!.f) < OUT_OF_SCALE_RATIO) near.add(x.m);
      if (last >= 0 && sorted[last]!.m.claim.docId !== doc) lastOther = last;
      last = i;
    }
  };
  const order = sorted.map((_, i) => i);
  sweep(order);
  sweep(order.reverse());
  return members.filter((m) => near.has(m));
}

/** Whether two or more documents each give two or more of the corroborated values (one document giving both may be reporting a disagreement; several are counting two things). Linear in the group. */
function sideBySide(corroborated: readonly Cluster[]): boolean {
  const valuesOfDoc = new Map<string, number>();
  for (const c of corroborated) for (const d of c.docs) valuesOfDoc.set(d, (valuesOfDoc.get(d) ?? 0) + 1);
  let docs = 0;
  for (const n of valuesOfDoc.values()) if (n >= 2) docs++;
  return docs >= 2;
}

/**
 * When one value is given by two or more documents, a figure of another document at least
 * {@link DIFFERENT_THINGS_RATIO} times away from it counts something else (`four seasons` in two articles, `19
 * seasons` with the club and `15 seasons` in the league in a third): it leaves the group. A figure marked as an
 * earlier or later state stays (a revision).
 */
function nearCorroborated(members: readonly QuantityItem[], corroborated: readonly Cluster[]): readonly QuantityItem[] {
  if (corroborated.length !== 1) return members;
  const core = corroborated[0]!;
  const [lo, hi] = span(core);
  return members.filter((m) => core.docs.has(m.claim.docId) || m.measure.revision || Math.min(ratio(figure(m), lo), ratio(figure(m), hi)) < DIFFERENT_THINGS_RATIO);
}

/**
 * When one value is given by two or more documents, another figure of one of those documents that does not fit it
 * counts something else (another day, place or part: `six arrests Wednesday, compared to 47 the previous night`):
 * an outlet does not disagree with itself, so that figure leaves the group. A figure marked as an earlier or later
 * state (`initially`, `rose to`) stays: it is a revision.
 */
function selfConsistent(members: readonly QuantityItem[], corroborated: readonly Cluster[]): readonly QuantityItem[] {
  if (corroborated.length !== 1) return members;
  const core = corroborated[0]!;
  const inCore = new Set(core.items);
  return members.filter((m) => inCore.has(m) || m.measure.revision || !core.docs.has(m.claim.docId));
}
