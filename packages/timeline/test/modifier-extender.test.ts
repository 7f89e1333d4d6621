import { describe, expect, it } from "vitest";
import { Timex, tagTemporalExpressions } from "../src/index.js";

describe("modifier-extender", () => {
  it("takes in a modifier word before a timex, with its mod", () => {
    expect(tagTemporalExpressions("They met early Tuesday.", { referenceDate: "2024-04-19" })).toMatchObject([{ text: "early Tuesday", mod: "START" }]);
  });

  it("a word that is only a key of Object.prototype is not a modifier (it gave a function as mod)", () => {
    for (const word of ["constructor", "toString", "valueOf", "hasOwnProperty"]) {
      const out = tagTemporalExpressions(`The ${word} Tuesday said no.`, { referenceDate: "2024-04-19" });
      expect(out.map((t) => t.text)).toEqual(["Tuesday"]);
      for (const t of out) expect(Timex.safeParse(t).success).toBe(true);
    }
  });
});
