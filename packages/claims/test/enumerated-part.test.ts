import { describe, expect, it } from "vitest";
import { groupTexts as run } from "./helpers.js";

describe("a count that is one part of an enumeration of people", () => {
  it("`two women and one man died` is no disagreement with `three people died`", () => {
    const r = run(["Three people died when the bank caught fire on Wednesday.", "Police said two women and one man died when the bank caught fire."]);
    expect(r.conflicts).toEqual([]);
  });
  it("a count of people not enumerated still disagrees", () => {
    const r = run(["Three people died when the bank caught fire on Wednesday.", "Police said two people died when the bank caught fire."]);
    expect(r.conflicts.map((c) => c.kind)).toEqual(["value"]);
  });
});
