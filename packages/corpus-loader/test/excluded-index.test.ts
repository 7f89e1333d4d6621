import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createExcludedIndex, excludedIndexOf } from "../src/index.js";

const range = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([start, length]) => ({ start, end: start + length }));
const query = fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 30 })).map(([start, length]) => ({ start, end: start + length }));

describe("createExcludedIndex", () => {
  it("answers like a scan of every range", () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), query, (all, q) => {
        const index = createExcludedIndex(all);
        const ranges = all.filter((r) => r.end > r.start); // an empty range excludes nothing
        const held = (k: number) => ranges.some((r) => r.start <= k && k < r.end);
        // an empty span overlaps when its position lies strictly inside the excluded union (touching ranges join:
        // [25, 26) and [26, 27) hold position 26 strictly inside), i.e. the offsets on both sides are excluded
        const overlapping = q.end > q.start ? ranges.some((r) => q.start < r.end && q.end > r.start) : held(q.start - 1) && held(q.start);
        expect(index.overlaps(q.start, q.end)).toBe(overlapping);
        expect(index.contains(q.start)).toBe(ranges.some((r) => r.start <= q.start && q.start < r.end));
        // kept(): exactly the offsets of [start, end) that no range holds, as maximal pieces
        const keptOffsets: number[] = [];
        for (const p of index.kept(q.start, q.end)) for (let k = p.start; k < p.end; k++) keptOffsets.push(k);
        const expected: number[] = [];
        for (let k = q.start; k < q.end; k++) if (!ranges.some((r) => r.start <= k && k < r.end)) expected.push(k);
        expect(keptOffsets).toEqual(expected);
        const pieces = index.kept(q.start, q.end);
        for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBeGreaterThan(pieces[i - 1]!.end);
        if (q.end > q.start) expect(index.covers(q.start, q.end)).toBe(expected.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it("an empty span at the seam of two touching ranges lies inside their union", () => {
    const index = createExcludedIndex([{ start: 26, end: 27 }, { start: 25, end: 26 }]);
    expect(index.overlaps(26, 26)).toBe(true);
    expect(index.overlaps(25, 25)).toBe(false);
    expect(index.overlaps(27, 27)).toBe(false);
  });

  it("merges overlapping and touching ranges and drops empty or reversed ones", () => {
    const index = createExcludedIndex([{ start: 15, end: 30 }, { start: 10, end: 20 }, { start: 30, end: 35 }, { start: 50, end: 50 }, { start: 70, end: 60 }, { start: Number.NaN, end: 3 }]);
    expect(index.ranges).toEqual([{ start: 10, end: 35 }]);
    expect(index.kept(0, 40)).toEqual([{ start: 0, end: 10 }, { start: 35, end: 40 }]);
  });

  it("excludedIndexOf caches by array and rebuilds when ranges are added", () => {
    const doc = { excluded: [{ start: 0, end: 5 }] };
    const first = excludedIndexOf(doc);
    expect(excludedIndexOf(doc)).toBe(first);
    doc.excluded.push({ start: 10, end: 12 });
    expect(excludedIndexOf(doc).overlaps(11, 11)).toBe(true);
  });
});

describe("firstSpanEndingAfter", () => {
  it("finds the first span ending after an offset, like a scan", async () => {
    const { firstSpanEndingAfter } = await import("../src/index.js");
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 12 }), fc.integer({ min: -2, max: 80 }), (lengths, offset) => {
        const spans: { start: number; end: number }[] = [];
        let at = 0;
        for (const n of lengths) spans.push({ start: at + 1, end: (at += n + 1) });
        const scan = spans.findIndex((s) => s.end > offset);
        expect(firstSpanEndingAfter(spans, offset)).toBe(scan < 0 ? spans.length : scan);
      }),
    );
  });
});
