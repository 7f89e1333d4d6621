import { describe, expect, it } from "vitest";
import { recordAt } from "../src/grouping/tally.js";
import { crossGroupTexts, groupTexts } from "./helpers.js";

describe("win-loss records (ECB+ development set)", () => {
  it("reads a dashed pair before a record noun or after `record of`, in order", () => {
    const a = "He had a 162-139 record in Portland.";
    expect(recordAt(a, a.indexOf("162"))).toEqual({ for: 162, against: 139, second: false });
    expect(recordAt(a, a.indexOf("139"))).toEqual({ for: 162, against: 139, second: true });
    const b = "The team opened with an 18-30 start.";
    expect(recordAt(b, b.indexOf("18"))).toEqual({ for: 18, against: 30, second: false });
    const c = "O'Brien posted a record of 43-39 in his only season.";
    expect(recordAt(c, c.indexOf("43"))).toEqual({ for: 43, against: 39, second: false });
    const d = "Between 10-15 people were hurt.";
    expect(recordAt(d, d.indexOf("10"))).toBeUndefined();
  });

  it("groups the same record written two ways and never compares different records", () => {
    const texts = ["Cheeks had a 162-139 record in Portland.", "He leaves Portland with a mark of 162-139.", "O'Brien posted a 43-39 record."];
    const groups = crossGroupTexts(texts);
    expect(groups.some((g) => g.some((t) => t.startsWith("162-139")) && g.some((t) => t.startsWith("162")) && g.length === 2)).toBe(true);
    expect(groupTexts(texts).conflicts).toHaveLength(0);
  });
});

describe("a capitalised hyphenated compound after a hyphenated figure (ECB+ development set)", () => {
  it("is what the figure counts: `four-time All-Star` meets `four-time NBA all-star`", () => {
    const groups = crossGroupTexts(["Cheeks, a four-time NBA all-star while with the Sixers, was fired.", "But the return of a four-time All-Star shouldn't come as a surprise."]);
    expect(groups.some((g) => g.length === 2 && g.every((t) => t.startsWith("four-time")))).toBe(true);
  });
});
