import { describe, expect, it } from "vitest";
import { groupTexts as run } from "./helpers.js";
import { extractClaims } from "../src/index.js";
import { isBeingNoun } from "../src/lexicon/wordnet-beings.js";
import { verbBaseForms, verbEventNouns } from "../src/lexicon/wordnet-verb-events.js";

/** Groups with figures from two or more documents, as [status, evidence texts]. */
function crossGroups(r: ReturnType<typeof run>): [string, string[]][] {
  return r.groups.filter((g) => g.docIds.length > 1).map((g) => [g.status, g.evidence.map((e) => e.text)]);
}

describe("groupClaims: participants, phrases and events", () => {
  it("does not compare figures of different named participants", () => {
    const r = run(["Manning completed his first 17 passes in the win.", "Garrard, who completed 28 passes, ran for two yards."]);
    expect(r.conflicts).toEqual([]);
    expect(crossGroups(r)).toEqual([]);
  });
  it("still compares figures of one participant", () => {
    const r = run(["Manning completed 17 passes in the win.", "Manning completed 18 passes in the win."]);
    expect(r.conflicts.map((c) => c.kind)).toEqual(["value"]);
  });
  it("reads a passive clause's named subject", () => {
    expect(run(["Mourad was sued 3 times by tenants.", "Gray had previously been sued 4 times by tenants."]).conflicts).toEqual([]);
    expect(run(["Mourad was sued 3 times by tenants.", "Mourad had previously been sued 4 times by tenants."]).conflicts).toHaveLength(1);
  });
  it("gives no casualty frame to a noun that names no being, nor to `death sentence`", () => {
    expect(crossGroups(run(["Nichols was saved from a death sentence by three jurors.", "Five people were killed in the courthouse shootings."]))).toEqual([]);
    // helicopters are not injured people: compared as helicopters, not as a count of the injured
    const r = run(["Two helicopters were used in evacuating the injured.", "Officials said 40 people were injured."]);
    expect(crossGroups(r)).toEqual([]);
  });
  it("counts `amended 27 times` as amendments (WordNet verb → event noun)", () => {
    expect(crossGroups(run(["The Constitution has been amended 27 times in its history.", "Volunteers read the seven articles and 27 amendments."]))).toEqual([["agreeing", ["27", "27 amendments"]]]);
  });
  it("reads the plural head past adjectives the parser took for the noun, and joins lone figures by their phrase", () => {
    const r = run(["Romney spoke after five past and present Missouri Republican senators urged Akin to quit.", "Officials, including five senior Missouri Republicans, were less forgiving."]);
    expect(crossGroups(r)).toEqual([["agreeing", ["five past", "five senior"]]]);
  });
  it("joins the same figure in sentences that share four content words, but not a further part", () => {
    expect(crossGroups(run(["Officials at the agency said on Friday that the total was 250.", "The agency's total stood at 250 on Friday, officials said."]))).toHaveLength(1);
    expect(crossGroups(run(["Two buildings caught fire near the bank.", "Two other buildings besides the bank were set on fire."]))).toEqual([]);
    // a small bare figure is too common to be one figure by its sentence alone
    expect(crossGroups(run(["Officials at the agency said on Friday that the total was 3.", "The agency's total stood at 3 on Friday, officials said."]))).toEqual([]);
  });
  it("compares a noun with a synonym of its third sense when that is the synonym's first (`measures` / `bills`)", () => {
    const r = run(["House Republicans said the Senate should take up some 16 House-passed measures.", "They have brought up 11 bills that the Senate ignored."]);
    expect(r.conflicts.map((c) => c.kind)).toEqual(["value"]);
  });
  it("takes a year only from the figure's own clause", () => {
    const r = run(["Obama, who took office in 2009, has signed 23 executive actions on guns.", "The president signed 23 executive actions on guns in 2013."]);
    expect(crossGroups(r)).toEqual([["agreeing", ["23 executive actions", "23 executive actions"]]]);
  });
  it("counts `three times` like `3 times`, but not a multiplier", () => {
    expect(crossGroups(run(["Police said he was stopped three times on the turnpike.", "He had been stopped 3 times on the turnpike, police said."]))).toHaveLength(1);
    expect(extractClaims("The crowd was three times as large.").claims.filter((c) => c.kind === "quantity")).toEqual([]);
  });
  it("counts `twice` as 2 times, not as a multiplier, and groups it by the sentence it shares", () => {
    const q = (t: string) => extractClaims(t).claims.filter((c) => c.kind === "quantity").map((c) => [c.text, c.quantity?.value, c.quantity?.unit]);
    expect(q("He was stopped twice on the turnpike.")).toEqual([["twice", 2, "times"]]);
    expect(q("The crowd was twice as large. They meet twice a week.")).toEqual([]);
    const r = run(["Holder said he had been stopped on the New Jersey Turnpike and accused of speeding twice.", "Holder described how he was stopped twice on the New Jersey Turnpike and accused of speeding."]);
    expect(crossGroups(r)).toEqual([["agreeing", ["twice", "twice"]]]);
  });
  it("compares an age whose person is not named only with the same age said in similar words", () => {
    expect(crossGroups(run(["The 26-year-old actress checked into the Betty Ford Center early Friday.", "Early Friday the 26-year-old actress checked into the Betty Ford Center."]))).toEqual([["agreeing", ["26-year-old", "26-year-old"]]]);
    expect(run(["The 26-year-old actress checked into the Betty Ford Center early Friday.", "Early Friday the 27-year-old actress checked into the Betty Ford Center."]).conflicts).toEqual([]);
    // a day is no person: "died Thursday at age 85" is not the age of "Thursday"
    expect(run(["Page died Thursday at age 85 in Los Angeles.", "Williams died Thursday at age 91 in Beverly Hills."]).conflicts).toEqual([]);
  });
  it("reads no count in a telephone number, a clock time or a zero-padded code", () => {
    expect(crossGroups(run(["Anyone with information should call 745-4811, police said.", "Police asked anyone with information to call 745-4811."]))).toEqual([]);
    expect(crossGroups(run(["The record fell with 7:41 left in the first half of the game.", "He broke the record with 7:41 left in the first half of the game."]))).toEqual([]);
  });
});

describe("WordNet tables for grouping", () => {
  it("flags beings and derives event nouns from verbs", () => {
    expect(isBeingNoun("juror")).toBe(true);
    expect(isBeingNoun("civilian")).toBe(true);
    expect(isBeingNoun("helicopter")).toBe(false);
    expect(verbEventNouns("amend")).toContain("amendment");
    expect(verbEventNouns("vote")).toContain("vote");
    expect(verbBaseForms("stopped")).toContain("stop");
    expect(verbBaseForms("carried")).toContain("carry");
  });
});
