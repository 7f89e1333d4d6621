import { describe, expect, it } from "vitest";
import { crossGroupTexts as crossGroups } from "./helpers.js";
import { ambiguousSubject, createGroupSubjects } from "../src/grouping/lone-figure-subjects.js";

describe("participants of lone figures", () => {
  it("reads names with capitals inside and phrasal verbs", () => {
    // different named players: not one figure, however alike the sentences
    expect(crossGroups(["Oliver McNally had 17 points for the Crimson in the win.", "Clark actually had 17 points for the Crimson in the win."])).toEqual([]);
    expect(crossGroups(["Ty Lawson chipped in 16 points for the Tar Heels on Sunday.", "Corey Raji posted 16 points for the Tar Heels on Sunday."])).toEqual([]);
  });
  it("a name inside a prepositional phrase is no subject", () => {
    expect(crossGroups(["An attack on the branch of the Marfin Bank killed two women and a man.", "Police said two women and a man died in the attack on the bank branch."])).toHaveLength(1);
  });
  it("a figure with no named subject joins none when its words fit two named subjects", () => {
    expect(crossGroups(["Their closest margin of victory was 15 points this season.", "Deon Thompson had 15 points this season for the victory.", "Josh Heytvelt added 15 points this season in the victory."])).toEqual([]);
    expect(ambiguousSubject(undefined, ["thompson", "heytvelt", undefined])).toBe(true);
    expect(ambiguousSubject(undefined, ["thompson", undefined])).toBe(false);
    expect(ambiguousSubject("james", ["thompson", "heytvelt"])).toBe(false);
  });
  it("a group joined by words never holds two named subjects", () => {
    const s = createGroupSubjects();
    s.merge(1, 1, 2, "thompson", undefined);
    expect(s.admits(1, "thompson")).toBe(true);
    expect(s.admits(1, undefined)).toBe(true);
    expect(s.admits(1, "james")).toBe(false);
    expect(s.admits(7, "james")).toBe(true);
  });
});
