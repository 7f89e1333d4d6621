import { describe, expect, it } from "vitest";
import { groupTexts as run } from "./helpers.js";
import { parseDocument } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import { Conflict, extractClaims, groupClaims } from "../src/index.js";

describe("groupClaims: figures grouped by what they measure", () => {
  it("compares rockets, projectiles and missiles (WordNet) and finds them agreeing", () => {
    const { groups, conflicts } = run([
      "Militants fired at least 25 rockets into the town on Monday.",
      "The army said 27 projectiles were launched from across the border.",
      "More than two dozen missiles struck the town, residents said.",
    ]);
    expect(conflicts).toEqual([]);
    const g = groups.find((x) => x.docIds.length === 3);
    expect(g?.status).toBe("agreeing");
  });
  it("reports different stated maximum sentences as a value conflict", () => {
    const { conflicts } = run(["He faces up to 20 years in prison if convicted.", "The charge carries a maximum sentence of 15 years in prison."]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.kind).toBe("value");
    expect(Conflict.safeParse(conflicts[0]).success).toBe(true);
  });
  it("does not compare people arrested with people injured", () => {
    const { conflicts, groups } = run(["Police said two people were arrested after the march.", "Organisers said 3 people were injured in the crush."]);
    expect(conflicts).toEqual([]);
    expect(groups.filter((g) => g.docIds.length > 1)).toEqual([]);
  });
  it("compares wounded with injured", () => {
    const { conflicts } = run(["Officials said 40 people were wounded in the blast.", "At least 70 people were injured, the ministry said."]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.kind).toBe("value");
  });
  it("calls an earlier figure a revision, not a disagreement", () => {
    const { conflicts } = run(["Officials initially put the death toll at 9 before raising it.", "Twelve people were killed in the attack, officials said."]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.kind).toBe("revision");
  });
  it("calls a running count that grows with publication time a revision", () => {
    const { conflicts } = run(["Five people were killed in the storm.", "Nine people were killed in the storm."], ["2024-03-01T08:00:00Z", "2024-03-02T08:00:00Z"]);
    expect(conflicts.map((c) => c.kind)).toEqual(["revision"]);
  });
  it("treats a round figure as rounded and an exact count as exact", () => {
    expect(run(["The bill gives $1.375 billion for fencing on the border.", "The bill gives $1.4 billion for fencing on the border."]).conflicts).toEqual([]);
    expect(run(["Trump took the 35-word oath at noon.", "Trump took the 38-word oath at noon."]).conflicts.map((c) => c.kind)).toEqual(["value"]);
  });
  it("compares ages of the same person", () => {
    const { groups } = run(["Weiner, 46, is married.", "The 46-year-old Weiner said nothing."]);
    expect(groups.some((g) => g.topic.includes("weiner") && g.status === "agreeing" && g.docIds.length === 2)).toBe(true);
  });
});

describe("groupClaims: different things under one noun, ages and age bounds", () => {
  it("keeps two corroborated figures far apart as two agreements, not one conflict", () => {
    const { groups, conflicts } = run([
      "The two states filed a lawsuit on Thursday. He said 23 states have medical marijuana laws. The weed was headed for at least 40 different states.",
      "Two heartland states filed the first major court challenge on Thursday.",
      "To date, 23 states have legalized marijuana for medical purposes. Four states have legalized recreational marijuana.",
    ]);
    expect(conflicts).toEqual([]);
    const states = groups.filter((g) => g.topic.includes("state")).map((g) => [g.status, g.evidence.map((e) => e.text)]);
    expect(states).toEqual([
      ["agreeing", ["two states", "Two heartland states"]],
      ["agreeing", ["23 states", "23 states"]],
    ]);
  });
  it("leaves out a figure ten times away from every other document's", () => {
    const { groups, conflicts } = run(["The 100 pages of e-mails were released on Wednesday.", "Officials used the 100 pages of emails. After 11 hearings and 25,000 pages of documents, we can move on."]);
    expect(conflicts).toEqual([]);
    expect(groups.filter((g) => g.topic.includes("page")).map((g) => g.evidence.map((e) => e.text))).toEqual([["100 pages", "100 pages"]]);
  });
  it("still reports close figures as a disagreement", () => {
    const { conflicts } = run(["Militants fired 30 rockets at the town.", "Militants fired 22 rockets at the town.", "The army said 30 rockets were fired."]);
    expect(conflicts.map((c) => c.kind)).toEqual(["value"]);
  });
  it("reads ages in a `respectively` list and children's ages", () => {
    const { groups } = run(["Malia and Sasha Obama, aged 16 and 13 respectively, were there.", "Malia, 16, wore a skirt. Sasha, 13, wore a dress."]);
    const ages = groups.filter((g) => g.topic.startsWith("age of")).map((g) => [g.topic, g.status, g.docIds.length]);
    expect(ages).toEqual([
      ["age of malia", "agreeing", 2],
      ["age of sasha", "agreeing", 2],
    ]);
  });
  it("compares age bounds: adults over 21 and anyone 21 or older agree", () => {
    const { groups } = run(["The law allows recreational marijuana for adults over 21.", "Under the law, anyone 21 or older can buy marijuana."]);
    expect(groups.filter((g) => g.topic.includes("age limit")).map((g) => [g.status, g.docIds.length])).toEqual([["agreeing", 2]]);
  });
  it("reads the group after a generic noun and `N-plus` as a lower bound", () => {
    const { groups } = run(["All 42 members of the GOP caucus are sending the letter.", "In a letter signed by the 42 members of the Republican caucus, delivered to the leader."]);
    expect(groups.filter((g) => g.topic.includes("caucus")).map((g) => [g.status, g.docIds.length])).toEqual([["agreeing", 2]]);
    const plus = extractClaims("He keeps a binder and 90-plus percent of those pictures are of black people.").claims.find((c) => c.kind === "quantity");
    expect([plus?.text, plus?.quantity?.relation, plus?.quantity?.value, plus?.quantity?.unit]).toEqual(["90-plus percent", "gte", 90, "%"]);
  });
  it("lets a lone duration join the one measured duration of the same length", () => {
    const { groups } = run(["His service was six months on the island, the campaign said.", "He served for six months in Parris Island, South Carolina."]);
    expect(groups.some((g) => g.status === "agreeing" && g.docIds.length === 2 && g.evidence.every((e) => e.text.includes("six months")))).toBe(true);
  });
  it("compares a stated maximum only with stated maximums, and amounts at the same named place", () => {
    expect(run(["Prosecutors will seek 18 to 24 months in prison for her.", "The charge carries a maximum statutory penalty of up to five years in prison."]).conflicts).toEqual([]);
    const { groups, conflicts } = run(["Expenses included over $10,000 at Best Buy and $9,587.64 worth of furniture.", "Mr. Jackson bought $10,977.74 worth of televisions and DVDs at Best Buy."]);
    expect(conflicts).toEqual([]);
    expect(groups.filter((g) => g.docIds.length === 2).map((g) => g.evidence.map((e) => e.text))).toEqual([["over $10,000", "$10,977.74"]]);
  });
  it("does not let a relative clause that only dates a count restrict it", () => {
    const { groups } = run(["That is a third of the 1.6 million arrests that happened in 2000.", "Arrests fell to 400,000 last year from a peak of 1.6 million arrests in 2000."]);
    expect(groups.some((g) => g.status === "agreeing" && g.docIds.length === 2 && g.evidence.every((e) => e.text.includes("1.6 million")))).toBe(true);
  });
});

describe("groupClaims: titles", () => {
  it("does not report a role cut from an organisation's name as a title conflict", () => {
    // entity-extract may hand over the role "Agency Administrator" cut from "Environmental Protection Agency Administrator"
    const a = parseDocument("The rule stands, Environmental Protection Agency Administrator Jane Doe said.", { id: "a" });
    const b = parseDocument("The rule stands, said Jane Doe, the administrator of the Environmental Protection Agency.", { id: "b" });
    const roleStart = a.text.indexOf("Agency Administrator");
    const doe: Entity = {
      id: "e-doe",
      type: "PERSON",
      name: "Jane Doe",
      aliases: [],
      roles: [{ docId: "a", start: roleStart, end: roleStart + "Agency Administrator".length, text: "Agency Administrator" }],
      mentions: [
        { docId: "a", start: a.text.indexOf("Jane Doe"), end: a.text.indexOf("Jane Doe") + 8, text: "Jane Doe", type: "PERSON", confidence: 1, source: "fixture", flags: [] },
        { docId: "b", start: b.text.indexOf("Jane Doe"), end: b.text.indexOf("Jane Doe") + 8, text: "Jane Doe", type: "PERSON", confidence: 1, source: "fixture", flags: [] },
      ],
    } as Entity;
    const { conflicts } = groupClaims(extractClaims([a, b]).claims, { documents: [a, b], entities: [doe] });
    expect(conflicts.filter((c) => c.kind === "title")).toEqual([]);
  });
});

describe("groupClaims: what a figure measures, read from the sentence (BASIL tune half, ECB+ train)", () => {
  const twoDocGroups = (r: ReturnType<typeof run>) => r.groups.filter((g) => g.docIds.length >= 2);
  it("compares vote tallies as pairs, and never a tally's second count or a threshold", () => {
    const r = run(["The House passed the bill 234-193 on Friday, well short of the 290 votes needed to override.", "The bill passed on a vote of 234 to 193.", "Lawmakers approved it 396-9."]);
    expect(r.conflicts).toEqual([]);
    expect(twoDocGroups(r).map((g) => [g.status, g.topic, g.evidence.map((e) => e.text.slice(0, 3))])).toEqual([["agreeing", "tally 234-193", ["234", "234"]]]);
    // an ascending pair is still a range
    expect(extractClaims("The course takes 40-60 hours.").claims.find((c) => c.kind === "quantity")?.quantity?.relation).toBe("range");
  });
  it("reads the whole noun compound after a hyphenated figure, and a seven-count indictment as seven counts", () => {
    expect(twoDocGroups(run(["It came after a two-year grand jury investigation into the couple.", "The charges follow a two-year investigation."])).map((g) => g.status)).toEqual(["agreeing"]);
    expect(twoDocGroups(run(["Stone was charged with seven counts, including obstruction.", "A grand jury returned a seven-count indictment."])).map((g) => g.status)).toEqual(["agreeing"]);
    expect(run(["The 48-page indictment was released on Tuesday.", "The 47-page indictment says the couple spent the money."]).conflicts.map((c) => c.kind)).toEqual(["value"]);
  });
  it("does not let an outlet disagree with itself: its other figure counts another day", () => {
    const r = run(["Johnson said there were six arrests Wednesday, compared to 47 the previous night.", "Still, the police did make 47 arrests overnight."]);
    expect(r.conflicts).toEqual([]);
    expect(twoDocGroups(r).map((g) => [g.status, g.evidence.map((e) => e.text)])).toEqual([["agreeing", ["47", "47 arrests"]]]);
  });
  it("keeps values that several outlets give side by side apart, however close", () => {
    const texts = ["He was sentenced to seven life sentences and four sentences of life without parole.", "The judge gave him seven life sentences and four sentences of life without parole.", "Nichols received four sentences of life without parole on top of seven life sentences."];
    const r = run(texts);
    expect(r.conflicts).toEqual([]);
    expect(twoDocGroups(r).map((g) => g.status)).toEqual(["agreeing", "agreeing"]);
  });
  it("reads other, additional and more as a further part of what is counted", () => {
    expect(run(["The jury deadlocked on four other murders.", "He was charged with conspiracy to commit eight murders."]).conflicts).toEqual([]);
    expect(run(["Two buildings caught fire near the bank.", "Two other buildings besides the bank were set on fire."]).groups.filter((g) => g.docIds.length === 2)).toEqual([]);
  });
  it("lets a bound join the amount it allows when rounded further, in sentences that share words", () => {
    const r = run(["Vanity Fair estimated the reading as costing more than $1 million.", "According to Vanity Fair, $1.1 million is the estimated cost of the reading."]);
    expect(twoDocGroups(r).map((g) => [g.status, g.evidence.map((e) => e.text)])).toEqual([["agreeing", ["more than $1 million", "$1.1 million"]]]);
    expect(twoDocGroups(run(["Vanity Fair estimated the reading as costing more than $1 million.", "According to Vanity Fair, $1.5 million is the estimated cost of the reading."]))).toEqual([]);
  });
  it("joins a lone duration to a measured one only when the sentences share a word", () => {
    expect(twoDocGroups(run(["Holder made a one-day swing through the suburb.", "On one day, protesters were told to gather in one place."]))).toEqual([]);
  });
  it("reads `earlier this month` as a date, not a revision, and New Mexico as no country", () => {
    const r = run(["Democrats picked up just six seats on Election Day earlier this month and remain in the minority with 194 seats.", "They picked up just six seats in this election cycle.", "Pelosi picked Ben Ray Luján of New Mexico, even though House Democrats picked up just six seats."]);
    expect(r.conflicts).toEqual([]);
    expect(twoDocGroups(r).map((g) => [g.status, g.docIds.length, g.topic])).toEqual([["agreeing", 3, "number of seats"]]);
  });
  it("keys an age by the person entity, so one person written two ways is one age", () => {
    const a = parseDocument("Tara, 33, was previously engaged.", { id: "a" });
    const b = parseDocument("Reid, 33, checked into rehab.", { id: "b" });
    const reid = {
      id: "e-reid",
      type: "PERSON",
      name: "Tara Reid",
      aliases: [],
      roles: [],
      mentions: [
        { docId: "a", start: 0, end: 4, text: "Tara", type: "PERSON", confidence: 1, source: "fixture", flags: [] },
        { docId: "b", start: 0, end: 4, text: "Reid", type: "PERSON", confidence: 1, source: "fixture", flags: [] },
      ],
    } as unknown as Entity;
    const claims = extractClaims([a, b]).claims;
    expect(groupClaims(claims, { documents: [a, b] }).groups.filter((g) => g.docIds.length === 2)).toEqual([]);
    const withEntity = groupClaims(claims, { documents: [a, b], entities: [reid] }).groups.filter((g) => g.docIds.length === 2);
    expect(withEntity.map((g) => [g.status, g.topic])).toEqual([["agreeing", "age of Tara Reid"]]);
  });
  it("reads a period of two years as one time (`from 2007 to 2014`), however near each end is", () => {
    const r = run(["The couple paid $43.9 million in federal taxes from 2007 to 2014, the returns show.", "From 2007 through 2014, the couple paid $43.9 million in federal taxes."]);
    expect(r.groups.filter((g) => g.docIds.length === 2).map((g) => g.status)).toEqual(["agreeing"]);
  });
  it("reads a year after `said in` as the time of the statement, not of the figure", () => {
    const dates = ["2018-08-21T00:00:00Z", "2018-08-21T00:00:00Z"];
    const r = run(["The lawyers said in 2017 that the couple repaid the campaign about $60,000.", "He repaid his campaign more than $60,000 earlier this year."], dates);
    expect(r.groups.filter((g) => g.docIds.length === 2).map((g) => g.status)).toEqual(["agreeing"]);
  });
  it("does not compare labels or addresses, and makes `last year` a year from the publication date", () => {
    expect(run(["He was hurt in the team's Week 15 loss at Chicago.", "He was hurt in the 15 games he played at Chicago."]).groups.filter((g) => g.docIds.length === 2)).toEqual([]);
    expect(run(["He was shot in the 12000 block of East 223rd Street.", "The victim was shot in the 22000 block of Joliet Avenue."]).conflicts).toEqual([]);
    const dates = ["2018-03-01T00:00:00Z", "2018-03-02T00:00:00Z"];
    const same = run(["The firm earned $5 million in profit last year.", "The firm earned $5 million in profit in 2017."], dates);
    expect(same.groups.filter((g) => g.docIds.length === 2).map((g) => g.status)).toEqual(["agreeing"]);
    expect(run(["The firm earned $5 million in profit last year.", "The firm earned $5 million in profit in 2016."], dates).groups.filter((g) => g.docIds.length === 2)).toEqual([]);
  });
});
