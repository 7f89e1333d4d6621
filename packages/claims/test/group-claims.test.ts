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
  it("reads countries from entity-extract's gazetteer, not a fixed table", () => {
    const d = docs("About 500 Malian soldiers were deployed.", "Some 520 Malian troops were deployed.");
    expect(groupClaims(extractClaims(d).claims, { documents: d }).groups.map((g) => g.topic)).toEqual(["number of Malian military personnel"]);
    const apart = docs("About 500 Malian soldiers were deployed.", "About 500 Chadian soldiers were deployed.");
    expect(groupClaims(extractClaims(apart).claims, { documents: apart }).groups).toEqual([]);
  });
  it("takes a country after a locative preposition as a place, not the figure's country", () => {
    // "in (northern) Niger" says where the troops are; the country is the nearest one that says whose they are
    const d = docs("The Pentagon said that in northern Niger, about 1,000 troops remain.", "Washington said 1,050 troops remain in Niger.");
    expect(groupClaims(extractClaims(d).claims, { documents: d }).groups.map((g) => g.topic)).toEqual(["number of U.S. military personnel"]);
  });
  it("returns nothing for no claims", () => {
    expect(groupClaims([])).toMatchObject({ groups: [], conflicts: [] });
  });
});
