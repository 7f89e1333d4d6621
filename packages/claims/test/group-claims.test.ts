import { parseDocument } from "@newsparse/corpus-loader";
import { describe, expect, it } from "vitest";
import { extractClaims, groupClaims } from "../src/index.js";

const docs = (...texts: string[]) => texts.map((t, i) => parseDocument(t, { id: `d${i}` }));

describe("groupClaims", () => {
  it("agrees when intervals overlap (approx ±10%)", () => {
    const d = docs("About 1,000 U.S. troops remain.", "Some 1,050 American soldiers remain.");
    const { groups, conflicts } = groupClaims(extractClaims(d).claims, { documents: d });
    expect(conflicts).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ status: "agreeing", docIds: ["d0", "d1"] });
  });
  it("conflicts when intervals are disjoint", () => {
    const d = docs("Fewer than 1,000 U.S. troops remain.", "More than 1,000 U.S. forces remain.");
    const { conflicts } = groupClaims(extractClaims(d).claims, { documents: d });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.evidence.map((e) => e.docId)).toEqual(["d0", "d1"]);
  });
  it("honours a custom tolerance", () => {
    const d = docs("About 1,000 U.S. troops remain.", "The 1,150 U.S. soldiers remain.");
    expect(groupClaims(extractClaims(d).claims, { documents: d }).conflicts).toHaveLength(1);
    expect(groupClaims(extractClaims(d).claims, { documents: d, approxTolerance: 0.2 }).conflicts).toHaveLength(0);
  });
  it("keeps different countries apart", () => {
    const d = docs("100 Russian instructors arrived.", "200 French instructors arrived.");
    const { groups, conflicts } = groupClaims(extractClaims(d).claims, { documents: d });
    expect(groups).toEqual([]);
    expect(conflicts).toEqual([]);
  });
  it("returns nothing for no claims", () => {
    expect(groupClaims([])).toMatchObject({ groups: [], conflicts: [] });
  });
});
