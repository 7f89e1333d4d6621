import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timexInterval } from "../src/index.js";
import { compatible } from "../src/dates/timex-interval.js";
import { isoWeek, toCalendarDay } from "../src/dates/calendar.js";
import { mergeAcrossDocuments, stem, type MergeCandidate } from "../src/timeline/merge-across-documents.js";
import type { TimelineDate } from "../src/schema.js";

/** The merge over sets of strings, as it was written before the coded groups: the oracle. */
function mergeOverSets(groups: readonly MergeCandidate[], maxBucket = 64): number[] {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
  const stems = groups.map((g) => new Set([...g.words].map(stem)));
  const triggers = groups.map((g) => new Set([...(g.triggers ?? [])].map(stem)));
  const docsOf = groups.map((g) => new Set(g.docIds));
  const df = new Map<string, number>();
  for (const set of stems) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log((groups.length + 1) / (df.get(w) ?? 1));
  const total = stems.map((set) => [...set].reduce((a, w) => a + weight(w), 0));
  const fineSet = new Set(["week", "day", "part-of-day", "time"]);
  const bucketOf = (date: TimelineDate): string => {
    const day = fineSet.has(date.granularity) ? toCalendarDay(date.start.slice(0, 10)) : undefined;
    if (!day) return date.value;
    const w = isoWeek(day);
    return `${w.year}-W${w.week}`;
  };
  const buckets = new Map<string, number[]>();
  groups.forEach((g, i) => buckets.set(bucketOf(g.date), [...(buckets.get(bucketOf(g.date)) ?? []), i]));
  for (const list of buckets.values()) {
    const fine = fineSet.has(groups[list[0]!]!.date.granularity);
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < Math.min(list.length, a + maxBucket); b++) {
        const [i, j] = [list[a]!, list[b]!];
        const [ri, rj] = [find(i), find(j)];
        if (ri === rj || !compatible(groups[i]!.date, groups[j]!.date) || shares(docsOf[ri]!, docsOf[rj]!)) continue;
        const shared = [...stems[i]!].filter((w) => stems[j]!.has(w));
        if (shared.length < 2) continue;
        const overlap = shared.reduce((s, w) => s + weight(w), 0) / Math.max(1e-9, Math.min(total[i]!, total[j]!));
        const needed = (shares(triggers[i]!, triggers[j]!) ? 0.3 : 0.55) + (fine ? 0 : 0.1);
        if (overlap < needed) continue;
        const [pi, pj] = [groups[i]!.participants, groups[j]!.participants];
        if (pi.size > 0 && pj.size > 0 && !shares(pi, pj)) continue;
        parent[rj] = ri;
        for (const d of docsOf[rj]!) docsOf[ri]!.add(d);
      }
  }
  return groups.map((_, i) => find(i));
}

describe("the cross-document merge over coded groups", () => {
  const dates = ["2024-05-13", "2024-05-14", "2024-05-18", "2024-W20", "2024-W20-WE", "2024-05", "2024", "2024-05-14TEV"].map((v) => timexInterval(v)!);
  const words = ["strike", "strikes", "workers", "port", "ports", "fought", "fighting", "akin", "romney", "accord", "ended", "ending", "takeover", "acme", "globex"];
  const group = fc.record({
    date: fc.constantFrom(...dates),
    docIds: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f"), { minLength: 1, maxLength: 3 }).map((l) => new Set(l)),
    words: fc.uniqueArray(fc.constantFrom(...words), { maxLength: 8 }).map((l) => new Set(l)),
    participants: fc.uniqueArray(fc.constantFrom("E1", "E2", "E3"), { maxLength: 2 }).map((l) => new Set(l)),
    triggers: fc.option(fc.uniqueArray(fc.constantFrom("fought", "fighting", "ended", "strike", "acquire"), { maxLength: 3 }).map((l) => new Set(l)), { nil: undefined }),
  });

  it("merges exactly as the merge over sets of strings", () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 40 }), fc.integer({ min: 2, max: 8 }), (groups, maxBucket) => {
        expect(mergeAcrossDocuments(groups, { maxBucket })).toEqual(mergeOverSets(groups, maxBucket));
        expect(mergeAcrossDocuments(groups)).toEqual(mergeOverSets(groups));
      }),
      { numRuns: 300 },
    );
  });

  it("merges something in the generated runs (the property is not vacuous)", () => {
    const g = (doc: string) => ({ date: dates[1]!, docIds: new Set([doc]), words: new Set(["strike", "workers", "port"]), participants: new Set<string>() });
    expect(mergeAcrossDocuments([g("a"), g("b"), g("a")])).toEqual([0, 0, 2]);
  });
});
