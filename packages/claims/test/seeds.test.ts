import { describe, expect, it } from "vitest";
import { extractClaims, groupClaims } from "../src/index.js";
import { Conflict, ClaimGroup } from "../src/schema.js";
import { expectValidClaims, loadSeeds } from "./helpers.js";

const documents = loadSeeds();
const texts = new Map(documents.map((d) => [d.id, d.text]));
const { claims, messages } = extractClaims(documents);
const quotes = claims.filter((c) => c.kind === "quote");

/** [doc, start of the quote text, speaker text (antecedent for pronouns / "the official"), anonymous, kind] */
const EXPECTED_QUOTES: Array<[string, string, string, boolean, string]> = [
  ["000", "“The time for us to address", "a senior defense official", true, "anonymous"],
  ["000", "“The burden of proof", "a senior defense official", true, "anonymous"],
  ["000", "“turning point in relations", "Niger’s government", false, "institution"],
  ["000", "“the best possible conditions", "Niger’s government", false, "institution"],
  ["000", "“Obviously, there was a little angst", "A second U.S. official", true, "anonymous"],
  ["000", "“No issue from either side.”", "A second U.S. official", true, "anonymous"],
  ["000", "“As we encounter these challenges", "A second U.S. official", true, "anonymous"],
  ["000", "“from the inside out,”", "a senior defense official", true, "anonymous"],
  ["000", "“Now, we are transitioning", "a senior defense official", true, "anonymous"],
  ["000", "“because we have lost some", "a senior defense official", true, "anonymous"],
  ["000", "“willing partners,”", "a senior defense official", true, "anonymous"],
  ["001", "“They want to maintain a relationship", "a senior defense official", true, "anonymous"],
  ["001", "“and that relationship is certainly", "a senior defense official", true, "anonymous"],
  ["001", "“Niger has been really an anchor", "a senior defense official", true, "anonymous"],
  ["001", "“did not see this as the closing", "a senior military official", true, "anonymous"],
  ["001", "“Both delegations confirmed", "the joint statement", false, "document"],
  ["001", "“Obviously sensitive equipment", "a senior defense official", true, "anonymous"],
  ["001", "“terribly mobile,”", "a senior defense official", true, "anonymous"],
  ["001", "“We got the strong sense", "a senior defense official", true, "anonymous"],
  ["001", "“At least for the time being.”", "a senior defense official", true, "anonymous"],
  ["001", "“common interest.”", "The US and Niger", false, "institution"],
  ["001", "“The United States and Niger are committed", "the joint statement", false, "document"],
  ["002", "“orderly and responsible withdrawal of forces”", "US officials", true, "anonymous"],
  ["002", "“The ordinary people of Niger", "J. Peter Baum", false, "person"],
  ["003", "\"orderly withdrawal\"", "the Pentagon", false, "institution"],
  ["003", "\"As part of ongoing US government negotiations", "Miller", false, "person"],
  ["003", "\"coordinate that withdrawal process", "Miller", false, "person"],
  ["003", "\"The United States is proud", "Miller", false, "person"],
  ["003", "\"to discuss ongoing collaboration", "Miller", false, "person"],
  ["003", "\"the Nigerien people as they combat", "Miller", false, "person"],
  ["004", "“latest generation of anti-aircraft defense systems,”", "Nigerien state broadcaster RTN", false, "institution"],
];

describe("seed corpus: direct quotes", () => {
  it("finds exactly the direct quotes of the seeds", () => {
    expect(quotes.map((q) => [q.docId, q.text.slice(0, 20)])).toEqual(EXPECTED_QUOTES.map(([d, s]) => [d, s.slice(0, 20)]));
  });

  it.each(EXPECTED_QUOTES)("%s %s → %s", (docId, start, speaker, anonymous, kind) => {
    const q = quotes.find((c) => c.docId === docId && c.text.startsWith(start));
    expect(q, start).toBeDefined();
    expect(q!.speaker?.text).toBe(speaker);
    expect(q!.speaker?.anonymous).toBe(anonymous);
    expect(q!.speaker?.kind).toBe(kind);
  });

  it("keeps what is written for resolved pronouns and definite descriptions", () => {
    const q = quotes.find((c) => c.text.startsWith("“willing partners"))!;
    expect(q.speaker?.mention?.text).toBe("he");
    const second = quotes.find((c) => c.text.startsWith("“Obviously, there was"))!;
    expect(second.speaker?.mention?.text).toBe("the second official");
    const first = quotes.find((c) => c.text.startsWith("“from the inside out"))!;
    expect(first.speaker?.mention?.text).toBe("the first official");
    expect(first.cue?.text).toBe("put it");
  });

  it("links the two halves of a quote split by its attribution", () => {
    const a = quotes.find((c) => c.text.startsWith("“Now, we are transitioning"))!;
    const b = quotes.find((c) => c.text.startsWith("“because we have lost"))!;
    expect(a.parts).toEqual([{ start: a.start, end: a.end }, { start: b.start, end: b.end }]);
    expect(b.parts).toEqual(a.parts);
    expect(b.flags).toContain("split");
  });

  it("flags the unterminated quote and keeps the speaker's title as description", () => {
    const q = quotes.find((c) => c.text.startsWith("“The ordinary people"))!;
    expect(q.flags).toContain("unterminated");
    expect(q.speaker?.description).toBe("Former US special envoy for the Sahel");
    expect(q.cue?.text).toBe("wrote");
    expect(messages.some((m) => m.ruleId === "unterminated-quote" && m.docId === "002")).toBe(true);
  });

  it("flags partial quotes", () => {
    for (const start of ["“from the inside out", "“willing partners", "“terribly mobile", "\"orderly withdrawal"]) {
      expect(quotes.find((c) => c.text.startsWith(start))!.flags).toContain("partial");
    }
  });

  it("all claims are schema-valid with exact offsets", () => {
    expectValidClaims(claims, texts);
  });
});

describe("seed corpus: reported speech", () => {
  const reported = claims.filter((c) => c.kind === "reported");
  const find = (docId: string, start: string) => reported.find((c) => c.docId === docId && c.text.startsWith(start));
  it.each([
    ["000", "A U.S. delegation will present", "officials", "said"],
    ["000", "that once a withdrawal order is given", "a senior defense official", "noted"],
    ["001", "Until now, US troops who have left Niger", "US officials", "according to"],
    ["002", "More than 1,000 U.S. military personnel", "Biden administration officials", "said"],
    ["002", "The reserves and Niger's military government", "a senior State Department official", "according to"],
    ["002", "the United States wanted to resume", "Molly Fee", "said"],
    ["003", "that Niger is working on the withdrawal", "Interior Minister Mohamed Toumba", "said"],
    ["004", "The United States has started discussing", "a State Department official", "confirmed"],
  ])("%s %s ← %s (%s)", (docId, start, speaker, cue) => {
    const c = find(docId, start);
    expect(c, start).toBeDefined();
    expect(c!.speaker?.text).toBe(speaker);
    expect(c!.cue?.text).toBe(cue);
  });
});

describe("seed corpus: quantities", () => {
  const q = claims.filter((c) => c.kind === "quantity");
  const get = (docId: string, text: string) => q.find((c) => c.docId === docId && c.text === text)?.quantity;
  it("normalises the troop counts", () => {
    expect(get("000", "about 1,000 U.S. personnel")).toMatchObject({ relation: "approx", value: 1000, unit: "personnel", subject: "U.S. personnel" });
    expect(get("001", "fewer than 1,000 troops")).toMatchObject({ relation: "lt", value: 1000, unit: "troops", subject: "troops who remain in the country" });
    expect(get("001", "1,100 military personnel")).toMatchObject({ relation: "eq", value: 1100, unit: "personnel" });
    expect(get("002", "More than 1,000 U.S. military personnel")).toMatchObject({ relation: "gt", value: 1000, unit: "personnel" });
    expect(get("004", "approximately 1,000 American soldiers")).toMatchObject({ relation: "approx", value: 1000, unit: "soldiers" });
  });
  it("normalises money, counts and durations", () => {
    expect(get("002", "$110 million")).toMatchObject({ relation: "eq", value: 110_000_000, unit: "USD" });
    expect(get("004", "$110 million")).toMatchObject({ value: 110_000_000, unit: "USD" });
    expect(get("002", "100 Russian instructors")).toMatchObject({ value: 100, unit: "instructors", subject: "Russian instructors" });
    expect(get("001", "four months")).toMatchObject({ value: 4, unit: "month" });
  });
  it("does not take years, dates or designations for quantities", () => {
    const texts = q.map((c) => c.text);
    for (const bad of ["2018", "201", "9", "15", "25", "29", "2023", "11"]) expect(texts.some((t) => t === bad || t.startsWith(bad + " "))).toBe(false);
    expect(texts.some((t) => t.includes("Flintlock") || t.includes("MQ") || t.includes("April"))).toBe(false);
  });
});

describe("seed corpus: across sources", () => {
  const { groups, conflicts } = groupClaims(claims, { documents });
  it("is schema-valid", () => {
    for (const g of groups) expect(ClaimGroup.safeParse(g).success).toBe(true);
    for (const c of conflicts) expect(Conflict.safeParse(c).success).toBe(true);
    for (const c of conflicts) for (const e of c.evidence) expect(e.end).toBeLessThanOrEqual(texts.get(e.docId)!.length);
  });
  it("reports the troop-count disagreement with evidence from each outlet", () => {
    const c = conflicts.find((x) => x.kind === "value" && /personnel/.test(x.about))!;
    expect(c).toBeDefined();
    expect(new Set(c.evidence.map((e) => e.docId))).toEqual(new Set(["000", "001", "002", "004"]));
    const evidence = c.evidence.map((e) => texts.get(e.docId)!.slice(e.start, e.end));
    expect(evidence).toEqual(expect.arrayContaining(["about 1,000 U.S. personnel", "fewer than 1,000 troops", "1,100 military personnel", "More than 1,000 U.S. military personnel", "approximately 1,000 American soldiers"]));
    expect(c.about).toMatch(/disagree/);
  });
  it("reports Campbell's title disagreement", () => {
    const c = conflicts.find((x) => x.kind === "title" && /Campbell/.test(x.about))!;
    expect(c).toBeDefined();
    expect(c.about).toMatch(/Under Secretary of State/);
    expect(c.about).toMatch(/Deputy Secretary of State/);
    expect(new Set(c.evidence.map((e) => e.docId))).toEqual(new Set(["002", "003", "004"]));
    for (const e of c.evidence) expect(texts.get(e.docId)!.slice(e.start, e.end)).toMatch(/Campbell/);
  });
  it("reports the $110 million and the 100 instructors as agreeing", () => {
    const money = groups.find((g) => g.kind === "quantity" && g.evidence.some((e) => e.text === "$110 million"))!;
    expect(money.status).toBe("agreeing");
    expect(money.docIds).toEqual(["002", "004"]);
    const instructors = groups.find((g) => g.topic.includes("instructors"))!;
    expect(instructors.status).toBe("agreeing");
    expect(instructors.docIds).toEqual(["002", "004"]);
    expect(instructors.interval).toEqual({ min: 100, max: 100 });
  });
  it("does not report agreeing titles as conflicts", () => {
    expect(conflicts.filter((c) => c.kind === "title")).toHaveLength(1);
    expect(groups.some((g) => g.kind === "attribute" && g.topic.includes("FitzGibbon") && g.status === "agreeing")).toBe(true);
  });
  it("is deterministic", () => {
    expect(extractClaims(documents)).toEqual(extractClaims(documents));
    expect(groupClaims(claims, { documents })).toEqual(groupClaims(claims, { documents }));
  });
});
