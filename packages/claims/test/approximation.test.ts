import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupTexts as conflictsOf } from "./helpers.js";
import { granularityOf } from "../src/grouping/approximation.js";

describe("approximate figures reach as far as their rounding", () => {
  it("reads the granularity of a whole number", () => {
    expect([16, 30, 250, 1200, 7, 105].map(granularityOf)).toEqual([1, 10, 50, 100, 1, 5]);
  });
  it("`about 16` is rounded to the unit: it disagrees with 15", () => {
    const r = conflictsOf(["The Senate ignored about 16 bills passed by the House.", "The Senate ignored 15 bills passed by the House."]);
    expect(r.conflicts.map((c) => c.kind)).toEqual(["value"]);
  });
  it("`about 30` is rounded to the ten: it agrees with 27", () => {
    const r = conflictsOf(["The Senate ignored about 30 bills passed by the House.", "The Senate ignored 27 bills passed by the House."]);
    expect(r.conflicts).toEqual([]);
    expect(r.groups.filter((g) => g.docIds.length > 1).map((g) => g.status)).toEqual(["agreeing"]);
  });
  it("a figure in words keeps the relative tolerance (`about a dozen` meets 11)", () => {
    const r = conflictsOf(["The Senate ignored about a dozen bills passed by the House.", "The Senate ignored 11 bills passed by the House."]);
    expect(r.conflicts).toEqual([]);
  });
  it("granularity divides the number and is a power of ten or five times one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), (v) => {
        const g = granularityOf(v);
        expect(v % g).toBe(0);
        expect(/^(1|5)0*$/.test(String(g))).toBe(true);
      }),
    );
  });
});
