import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { extractClaims, groupClaims } from "../src/index.js";
import { singular } from "../src/grouping/measure-of.js";

describe("plurals the suffix rules got wrong", () => {
  it("irregular plurals come from the word list", () => {
    expect(["thieves", "knives", "women", "children", "robbers", "people"].map(singular)).toEqual(["thief", "knife", "woman", "child", "robber", "people"]);
  });
  it("an acronym's plural or possessive is one phrase word (`36 KOs` / `36 KO's`)", () => {
    const documents = ["Rahman (36 KOs) fell in Mannheim on Saturday night.", "The challenger, with 36 KO's, was stopped."].map((t, i) => parseDocument(t, { id: `d${i}` }));
    const { claims } = extractClaims(documents);
    const groups = groupClaims(claims, { documents }).groups.filter((g) => g.docIds.length > 1);
    expect(groups.map((g) => g.evidence.map((e) => e.text))).toEqual([["36", "36"]]);
  });
});
