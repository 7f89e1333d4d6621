import { describe, expect, it } from "vitest";
import { UNIT_DIMENSIONS } from "../src/lexicon/unit-dimensions.js";
import { crossGroupTexts, groupTexts } from "./helpers.js";

/** The texts of the conflicts' evidence, one list per conflict. */
function conflictTexts(texts: readonly string[]): string[][] {
  const { conflicts } = groupTexts(texts);
  return conflicts.map((c) => c.evidence.map((e) => texts[Number(e.docId.slice(1))]!.slice(e.start, e.end)));
}

describe("groupClaims: a word one story uses for several things (ECB+ development set)", () => {
  it("does not report different figures as a disagreement when an article counts two things far apart with the word", () => {
    const texts = ["The Sixers won 40 games last season. They also lost six games in a row in March.", "The Sixers won 23 games before the coach was fired."];
    expect(conflictTexts(texts).flat()).not.toContain("23 games");
  });

  it("still reports the disagreement when no article counts two things with the word (control)", () => {
    const texts = ["The Sixers won 40 games before the coach was fired.", "The Sixers won 23 games before the coach was fired."];
    expect(conflictTexts(texts).some((c) => c.includes("40 games") && c.includes("23 games"))).toBe(true);
  });

  it("keeps a disagreement when only one article gives two close figures (it may be reporting the disagreement itself)", () => {
    const texts = ["Fewer than 1,000 troops remain in the country. Some of the 1,100 troops have left.", "About 1,500 troops remain in the country."];
    expect(conflictTexts(texts).some((c) => c.includes("About 1,500 troops"))).toBe(true);
  });
});

describe("groupClaims: physical units compared within their dimension", () => {
  it("knows each dimension's base unit", () => {
    expect(UNIT_DIMENSIONS.ft).toEqual(["length", 0.3048]);
    expect(UNIT_DIMENSIONS.m).toEqual(["length", 1]);
    expect(UNIT_DIMENSIONS.week![0]).toBe("duration");
  });

  it("groups a length given in feet with the same length in metres", () => {
    const groups = crossGroupTexts(["The climber fell about 60 metres from a ridge near the glacier.", "The climber fell 200 feet from a ridge near the glacier."]);
    expect(groups.some((g) => g.includes("about 60 metres") && g.includes("200 feet"))).toBe(true);
  });

  it("does not group a length with a different one in another unit", () => {
    const groups = crossGroupTexts(["The climber fell about 150 metres from a ridge near the glacier.", "The climber fell 200 feet from a ridge near the glacier."]);
    expect(groups.some((g) => g.includes("about 150 metres") && g.includes("200 feet"))).toBe(false);
  });
});
