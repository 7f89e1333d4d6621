import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Document } from "@newsparse/corpus-loader";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { beforeAll, describe, expect, it } from "vitest";
import { Entity, extractEntities, Mention, type EntityExtraction } from "../src/index.js";

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../examples/corpus/niger-2024");

let documents: Document[];
let result: EntityExtraction;

beforeAll(async () => {
  documents = (await loadCorpus(corpusDir)).documents;
  result = extractEntities(documents);
});

function isExcluded(doc: Document, start: number, end: number): boolean {
  return doc.excluded.some((r) => start < r.end && r.start < end);
}

/** Whether `name` occurs in kept (non-excluded) text of any document. */
function occursInKeptText(name: string): boolean {
  for (const doc of documents) {
    let i = doc.text.indexOf(name);
    while (i >= 0) {
      if (!isExcluded(doc, i, i + name.length)) return true;
      i = doc.text.indexOf(name, i + 1);
    }
  }
  return false;
}

function entityWith(text: string): Entity | undefined {
  return result.entities.find((e) => e.name === text || e.aliases.some((a) => a.text === text));
}

const PEOPLE = [
  "Chris Maier",
  "Christopher Maier",
  "Chris Meier",
  "Dagvin Anderson",
  "Dag Anderson",
  "Kathleen FitzGibbon",
  "Kathleen Fitzgibbon",
  "Michael Langley",
  "John Hudson",
  "Kurt M. Campbell",
  "Kurt Campbell",
  "Ali Lamine Sain",
  "Ali Lamine Zeine",
  "Mohamed Bassum",
  "Molly Fee",
  "Mohamed Toumba",
  "Ken Ekman",
  "Mamane Sani Kiaou",
  "Miller",
  "Eric Smith",
  "Biden",
  "J. Peter Baum",
  "Prigogine",
];

describe("seed corpus (examples/corpus/niger-2024)", () => {
  it("returns schema-valid mentions and entities with exact offsets", () => {
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const m of result.mentions) {
      Mention.parse(m);
      const doc = byId.get(m.docId)!;
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.entityId).toMatch(/^E\d+$/);
    }
    for (const e of result.entities) Entity.parse(e);
  });

  it("finds every named person in kept text as PERSON", () => {
    for (const name of PEOPLE) {
      if (!occursInKeptText(name)) continue;
      const e = entityWith(name);
      expect(e, name).toBeDefined();
      expect(e!.type, name).toBe("PERSON");
    }
  });

  it("merges spellings and short forms across documents", () => {
    const groups = [
      ["Chris Maier", "Christopher Maier", "Chris Meier"],
      ["Dagvin Anderson", "Dag Anderson"],
      ["Kathleen FitzGibbon", "Kathleen Fitzgibbon"],
      ["Kurt M. Campbell", "Kurt Campbell"],
      ["Ali Lamine Zeine", "Ali Lamine Sain"],
    ];
    for (const g of groups) {
      const ids = new Set(g.filter(occursInKeptText).map((n) => entityWith(n)?.id));
      expect(ids.size, g.join(" / ")).toBe(1);
    }
  });

  it("never merges different people", () => {
    const pairs = [
      ["Mohamed Toumba", "Mohamed Bassum"],
      ["Miller", "Chris Meier"],
      ["Ali Lamine Sain", "Mamane Sani Kiaou"],
    ];
    for (const [a, b] of pairs) expect(entityWith(a!)?.id, `${a} vs ${b}`).not.toBe(entityWith(b!)?.id);
  });

  it("links surname-only and title+surname mentions to the full name", () => {
    const maier = entityWith("Chris Maier")!;
    expect(maier.mentions.some((m) => m.text === "Maier")).toBe(true);
    const bassum = entityWith("Mohamed Bassum")!;
    expect(bassum.mentions.some((m) => m.text === "Basoom")).toBe(true);
  });

  it("reports spelling variants as aliases and info messages", () => {
    const maier = entityWith("Chris Maier")!;
    expect(maier.aliases.find((a) => a.text === "Chris Meier")?.spellingVariant).toBe(true);
    const shortForm = maier.aliases.find((a) => a.text === "Maier");
    expect(shortForm?.spellingVariant).toBe(false);
    expect(result.messages.some((m) => m.ruleId === "spelling-variant" && m.reason.includes("Chris Meier"))).toBe(true);
    const meierDoc = documents.find((d) => d.text.includes("Chris Meier"))!;
    expect(maier.aliases.find((a) => a.text === "Chris Meier")?.docIds).toEqual([meierDoc.id]);
  });

  it("attaches titles and roles instead of making them part of names", () => {
    const roles = (name: string): string[] => entityWith(name)!.roles.map((r) => r.text);
    expect(roles("Dagvin Anderson")).toContain("Lt. Gen.");
    expect(roles("Kathleen FitzGibbon").some((r) => /Ambassador to Niger/.test(r))).toBe(true);
    expect(roles("Chris Maier")).toContain("assistant secretary of defense for special operations and low-intensity conflict");
    expect(roles("Mohamed Toumba")).toContain("Interior Minister");
    expect(roles("Mamane Sani Kiaou")).toContain("Col.-Maj.");
    expect(roles("Michael Langley")).toContain("Marine Gen.");
    expect(roles("Kurt Campbell").some((r) => /Deputy Secretary of State/.test(r))).toBe(true);
    for (const e of result.entities) expect(e.name, e.name).not.toMatch(/^(Lt\.|Gen\.|Mr\.|Col\.|Marine Gen\.)/);
    for (const r of entityWith("Dagvin Anderson")!.roles) expect(documents.find((d) => d.id === r.docId)!.text.slice(r.start, r.end)).toBe(r.text);
  });

  it("links demonyms to countries and acronyms to expansions", () => {
    const nigerien = result.mentions.find((m) => m.text === "Nigerien");
    expect(nigerien?.type).toBe("NORP");
    expect(nigerien?.refersTo).toBe("Niger");
    expect(result.mentions.find((m) => m.text === "American")?.refersTo).toBe("United States");
    const cnsp = entityWith("CNSP")!;
    expect(cnsp.type).toBe("ORG");
    expect(cnsp.name).toBe("National Committee for Safeguarding the Homeland");
    expect(new Set(cnsp.mentions.map((m) => m.docId)).size).toBeGreaterThanOrEqual(2);
    const us = entityWith("U.S.")!;
    expect(us.name).toBe("United States");
    expect(us.aliases.map((a) => a.text)).toContain("US");
  });

  it("flags metonymy", () => {
    const doc = documents.find((d) => d.text.includes("blames Washington"))!;
    const at = doc.text.indexOf("blames Washington") + "blames ".length;
    const m = result.mentions.find((x) => x.docId === doc.id && x.start === at)!;
    expect(m.flags).toContain("metonymy");
    expect(m.refersTo).toBe("United States");
    expect(result.mentions.find((x) => x.text === "Kremlin")?.flags).toContain("metonymy");
  });

  it("types news agencies and outlets as ORG, never PERSON", () => {
    for (const name of ["RIA Novosti", "The Hill", "The New York Times", "CNN", "RTN"]) {
      if (!occursInKeptText(name)) continue;
      const ms = result.mentions.filter((m) => m.text === name);
      expect(ms.length, name).toBeGreaterThan(0);
      for (const m of ms) expect(m.type, name).toBe("ORG");
    }
    expect(result.mentions.find((m) => m.text === "New York Times")).toBeUndefined();
  });

  it("finds al-Qaeda, written with its lower-case article, as ORG", () => {
    for (const name of ["al-Qaeda", "al Qaeda"]) {
      if (!occursInKeptText(name)) continue;
      expect(result.mentions.filter((m) => m.text === name).map((m) => m.type), name).toEqual(["ORG"]);
    }
    if (occursInKeptText("al-Qaeda") && occursInKeptText("al Qaeda")) expect(entityWith("al-Qaeda")?.id).toBe(entityWith("al Qaeda")?.id);
  });

  it("gives every mention of a name one type (US as GPE like United States, Biden as PERSON)", () => {
    const typesOf = (text: string) => new Set(result.mentions.filter((m) => m.text === text).map((m) => m.type));
    for (const text of ["US", "U.S.", "United States"]) expect([...typesOf(text)], text).toEqual(["GPE"]);
    expect([...typesOf("Biden")]).toEqual(["PERSON"]);
    // Every standalone "US" in kept text is a GPE mention, also at the start of a sentence ("US officials said").
    for (const doc of documents) {
      for (let i = doc.text.indexOf("US"); i >= 0; i = doc.text.indexOf("US", i + 1)) {
        if (/[\p{L}\p{N}.-]/u.test(doc.text[i - 1] ?? " ") || /[\p{L}\p{N}]/u.test(doc.text[i + 2] ?? " ") || isExcluded(doc, i, i + 2)) continue;
        // Part of a longer name ("US Defense Department", "US Air Base 201").
        if (result.mentions.some((x) => x.docId === doc.id && x.start <= i && x.end >= i + 2 && x.end - x.start > 2)) continue;
        const m = result.mentions.find((x) => x.docId === doc.id && x.start === i && x.end === i + 2);
        expect(m?.type, `US at ${doc.id}:${i}`).toBe("GPE");
      }
    }
    // "US Air" (GPE) was a cut-off facility name.
    expect(result.mentions.find((m) => m.text === "US Air")).toBeUndefined();
    if (occursInKeptText("US Air Base 201")) expect([...typesOf("US Air Base 201")]).toEqual(["FAC"]);
    // No surface form is split between two types anywhere in the seeds.
    const byText = new Map<string, Set<string>>();
    for (const m of result.mentions) byText.set(m.text, (byText.get(m.text) ?? new Set()).add(m.type));
    const mixed = [...byText].filter(([, t]) => t.size > 1).map(([text]) => text);
    expect(mixed).toEqual([]);
    // Each entity's mentions share its type, except demonyms and metonymy.
    for (const e of result.entities) {
      for (const m of e.mentions) if (m.type !== "NORP" && !m.flags.includes("metonymy")) expect(m.type, `${m.text} in ${e.name}`).toBe(e.type);
    }
  });

  it("yields nothing from excluded (boilerplate) ranges", () => {
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const m of result.mentions) expect(isExcluded(byId.get(m.docId)!, m.start, m.end), m.text).toBe(false);
  });

  it("is deterministic", () => {
    expect(extractEntities(documents)).toEqual(result);
  });
});
