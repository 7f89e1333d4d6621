import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import { Conflict, extractClaims, groupClaims } from "../src/index.js";

function run(texts: string[], dates?: string[]) {
  const documents = texts.map((t, i) => parseDocument(t, { id: `d${i}`, publishedAt: dates?.[i] }));
  const { claims } = extractClaims(documents);
  return groupClaims(claims, { documents });
}

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
