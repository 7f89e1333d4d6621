import { describe, expect, it } from "vitest";
import { groupTexts as run } from "./helpers.js";

describe("a number word after a dateline or a headline run into the sentence is a count, not part of a name", () => {
  it("`… 7:12pm BST Three people were killed` is compared with `three people died`", () => {
    const r = run(["Updated Thu 6 May 2010, 9:03am AEST Three people died in a burning bank in Athens.", "Wed May 5, 2010 7:12pm BST Three people were killed when protesters set fire to a bank in Athens."]);
    const texts = r.groups.filter((g) => g.docIds.length > 1).map((g) => g.evidence.map((e) => e.text));
    expect(texts).toContainEqual(["Three people", "Three people"]);
  });
  it("a headline run into the sentence: `… Island of Qeshm Ten people are killed` counts ten people", () => {
    const r = run(["Earthquake Levels Villages on Iranian Island of Qeshm Ten people are killed and about 50 hurt.", "Officials said an earthquake on the island of Qeshm killed 10 people on Sunday."]);
    const texts = r.groups.filter((g) => g.docIds.length > 1).map((g) => g.evidence.map((e) => e.text));
    expect(texts).toContainEqual(["Ten people", "10 people"]);
  });
  it("a number word that names with no plural counted after it stays a name (`Ground Zero mosque`)", () => {
    const r = run(["Plans for the Ground Zero mosque were dropped.", "The Ground Zero mosque plans were dropped."]);
    expect(r.groups.filter((g) => g.evidence.some((e) => /Zero/.test(e.text)))).toEqual([]);
  });
  it("a number word between an abbreviation and a capitalised word stays a name (`IE Zero Day flaw`)", () => {
    const r = run(["Microsoft patches IE Zero Day flaw.", "Microsoft: IE Zero Day flaw affects all versions."]);
    expect(r.groups.filter((g) => g.evidence.some((e) => /Zero/.test(e.text)))).toEqual([]);
  });
});
