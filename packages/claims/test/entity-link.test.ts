import { describe, expect, it } from "vitest";
import type { Entity } from "@newsparse/entity-extract";
import { parseDocument } from "@newsparse/corpus-loader";
import { extractClaims, groupClaims } from "../src/index.js";

const text = "“We are leaving,” said Matthew Miller, the spokesman.\n\n“Soon,” Miller added.\n\n“It is done,” the Pentagon said.\n\n“Fine,” he said.";
const doc = parseDocument(text, { id: "d1" });
const at = (s: string, from = 0) => text.indexOf(s, from);

const miller: Entity = {
  id: "e-miller",
  type: "PERSON",
  name: "Matthew Miller",
  aliases: [{ text: "Miller", docIds: ["d1"], spellingVariant: false }],
  roles: [],
  mentions: [{ docId: "d1", start: at("Matthew Miller"), end: at("Matthew Miller") + 14, text: "Matthew Miller", type: "PERSON", confidence: 1, source: "fixture", flags: [] }],
};
const pentagon: Entity = {
  id: "e-pentagon",
  type: "ORG",
  name: "Pentagon",
  aliases: [],
  roles: [],
  mentions: [{ docId: "d1", start: at("Pentagon"), end: at("Pentagon") + 8, text: "Pentagon", type: "ORG", confidence: 1, source: "fixture", flags: [] }],
};

describe("entity linking", () => {
  const { claims } = extractClaims(doc, { entities: [miller, pentagon] });
  const q = claims.filter((c) => c.kind === "quote");
  it("links a speaker by an overlapping mention", () => {
    expect(q[0]!.speaker).toMatchObject({ text: "Matthew Miller", entityId: "e-miller", kind: "person" });
  });
  it("links a surname speaker by alias / name matching", () => {
    expect(q[1]!.speaker).toMatchObject({ text: "Miller", entityId: "e-miller" });
  });
  it("links institutions", () => {
    expect(q[2]!.speaker).toMatchObject({ text: "the Pentagon", entityId: "e-pentagon", kind: "institution" });
  });
  it("gives a resolved pronoun its antecedent's entity", () => {
    expect(q[3]!.speaker).toMatchObject({ text: "Miller", entityId: "e-miller", mention: { text: "he" } });
  });
  it("without entities, no entityId", () => {
    expect(extractClaims(doc).claims.some((c) => c.speaker?.entityId)).toBe(false);
  });
});

describe("groupClaims with entity roles", () => {
  it("uses roles and entity ids to compare titles across documents", () => {
    const a = parseDocument("Under Secretary of State Kurt Campbell spoke.", { id: "a" });
    const b = parseDocument("Deputy Secretary of State Kurt Campbell spoke.", { id: "b" });
    const campbell: Entity = {
      id: "e-campbell",
      type: "PERSON",
      name: "Kurt Campbell",
      aliases: [],
      roles: [],
      mentions: [
        { docId: "a", start: 25, end: 38, text: "Kurt Campbell", type: "PERSON", confidence: 1, source: "fixture", flags: [] },
        { docId: "b", start: 26, end: 39, text: "Kurt Campbell", type: "PERSON", confidence: 1, source: "fixture", flags: [] },
      ],
    };
    const { claims } = extractClaims([a, b]);
    const { conflicts } = groupClaims(claims, { documents: [a, b], entities: [campbell] });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.about).toContain("Kurt Campbell");
    expect(conflicts[0]!.evidence.map((e) => e.docId)).toEqual(["a", "b"]);
  });
});

describe("pronoun antecedents from the entities given", () => {
  const person = (id: string, name: string, t: string, docId: string): Entity => {
    const mentions = [];
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) mentions.push({ docId, start: i, end: i + name.length, text: name, type: "PERSON" as const, confidence: 1, source: "fixture", flags: [] });
    return { id, type: "PERSON", name, aliases: [], roles: [], mentions };
  };
  const speakers = (t: string, names: string[]) => {
    const d = parseDocument(t, { id: "p" });
    const { claims } = extractClaims(d, { entities: names.map((n, i) => person(`e${i}`, n, t, "p")) });
    return claims.filter((c) => c.kind === "quote").map((c) => c.speaker);
  };
  it("resolves `he` to a person named earlier who has not spoken", () => {
    const t = "Michael Flynn spoke for an hour in Charlotte.\n\nThe crowd cheered.\n\n“We are going to win,” he said.";
    expect(speakers(t, ["Michael Flynn"])[0]).toMatchObject({ text: "Michael Flynn", kind: "person", entityId: "e0", mention: { text: "he" } });
  });
  it("checks the gender and leaves out names inside quotations", () => {
    const t = "Jane Roe met Michael Flynn on Monday.\n\n“Michael Flynn is wrong,” she said.";
    expect(speakers(t, ["Jane Roe", "Michael Flynn"])[0]).toMatchObject({ text: "Jane Roe", mention: { text: "she" } });
  });
  it("prefers a person of the pronoun's gender named after the last speaker", () => {
    const t = "“It is done,” said Tom Brown.\n\nLater, Michael Flynn arrived.\n\n“We are going to win,” he said.";
    expect(speakers(t, ["Tom Brown", "Michael Flynn"])[1]).toMatchObject({ text: "Michael Flynn", mention: { text: "he" } });
    // without entities the earlier speaker is kept
    expect(extractClaims(t).claims.filter((c) => c.kind === "quote")[1]!.speaker?.text).toBe("Tom Brown");
  });
});
