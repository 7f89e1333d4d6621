import type { Document } from "@newsparse/corpus-loader";
import { describe, expect, it } from "vitest";
import { createEntityExtractor, createGazetteerParser, decodeModel, EntityExtractError, extractEntities, InvalidModelError, Mention, resolveEntities, tokenize } from "../src/index.js";
import { firstNamesCompatible, jaroWinkler, phoneticKey } from "../src/resolve/name-similarity.js";

function doc(text: string, extra: Partial<Document> = {}): Document {
  return { id: "d1", seq: null, source: null, title: null, titleSpan: null, publishedAt: null, text, excluded: [], paragraphs: [], sentences: [], ...extra };
}

describe("tokenize", () => {
  it("keeps abbreviations, initials and hyphenated words whole and splits possessives", () => {
    const text = "Lt. Gen. Dag Anderson's U.S. low-intensity Kurt M. Campbell 1,000.5 Col.-Maj.";
    const { starts, ends } = tokenize(text);
    const toks = starts.map((s, i) => text.slice(s, ends[i]));
    expect(toks).toEqual(["Lt.", "Gen.", "Dag", "Anderson", "'s", "U.S.", "low-intensity", "Kurt", "M.", "Campbell", "1,000.5", "Col.", "-", "Maj."]);
  });
});

describe("titles, roles and non-names", () => {
  it("does not turn a title alone into a name", () => {
    const r = extractEntities("Lt. Gen. said nothing. The Interior Minister spoke.");
    expect(r.mentions.filter((m) => m.type === "PERSON")).toEqual([]);
  });

  it("does not take sentence-initial common words for names", () => {
    const r = extractEntities("However, officials said. Thousands marched. Obviously it rained.");
    expect(r.mentions.map((m) => m.text)).not.toContain("However");
    expect(r.mentions.map((m) => m.text)).not.toContain("Obviously");
  });

  it("attaches a title before the name and an appositive after it", () => {
    const r = extractEntities("U.S. Ambassador to Niger Kathleen FitzGibbon met Chris Maier, assistant secretary of defense, on Monday.");
    const fitz = r.entities.find((e) => e.name === "Kathleen FitzGibbon")!;
    expect(fitz.roles.map((x) => x.text)).toEqual(["U.S. Ambassador to Niger"]);
    const maier = r.entities.find((e) => e.name === "Chris Maier")!;
    expect(maier.roles.map((x) => x.text)).toEqual(["assistant secretary of defense"]);
  });

  it("never yields entities from excluded ranges", () => {
    const text = "Chris Maier met Nigerien officials.\n\nSign up for the Washington Post newsletter from John Smith.";
    const start = text.indexOf("Sign up");
    const r = extractEntities(doc(text, { excluded: [{ start, end: text.length, reason: "newsletter call to action", ruleId: "newsletter-cta" }] }));
    expect(r.mentions.length).toBeGreaterThan(0);
    for (const m of r.mentions) expect(m.end).toBeLessThanOrEqual(start);
  });
});

describe("gazetteer, acronyms and metonymy", () => {
  it("links demonyms to their countries", () => {
    const gaz = createEntityExtractor({ parsers: [createGazetteerParser()], refiners: [] });
    const r = gaz.extract("Nigerien and American officials met Burkinabe troops.");
    expect(r.mentions.map((m) => [m.text, m.type, m.refersTo])).toEqual([
      ["Nigerien", "NORP", "Niger"],
      ["American", "NORP", "United States"],
      ["Burkinabe", "NORP", "Burkina Faso"],
    ]);
  });

  it("resolves an acronym and its expansion to one entity", () => {
    const r = extractEntities("Talks with the National Committee for Safeguarding the Homeland (CNSP) went on. The CNSP said no.");
    const e = r.entities.find((x) => x.aliases.some((a) => a.text === "CNSP"))!;
    expect(e.name).toBe("National Committee for Safeguarding the Homeland");
    expect(e.mentions.length).toBe(3);
  });

  it("takes as an acronym's expansion the shortest run of words whose initials spell it", () => {
    const r = extractEntities("He sat for the Liberal Party of Canada Member of Parliament (MP) group.", { resolve: false });
    const mp = r.mentions.find((m) => m.text === "MP")!;
    expect(mp.refersTo).toBe("Member of Parliament");
    expect(r.mentions.map((m) => m.text)).not.toContain("Liberal Party of Canada Member of Parliament");
  });

  it("flags a capital used for its government but not a place", () => {
    const r = extractEntities("Niger blames Washington for the breakdown. He lives in Washington.");
    const ws = r.mentions.filter((m) => m.text === "Washington");
    expect(ws[0]!.flags).toContain("metonymy");
    expect(ws[0]!.refersTo).toBe("United States");
    expect(ws[1]!.flags).not.toContain("metonymy");
  });
});

describe("name similarity and resolution", () => {
  it("scores names", () => {
    expect(jaroWinkler("maier", "meier")).toBeGreaterThan(0.86);
    expect(jaroWinkler("toumba", "bassum")).toBeLessThan(0.6);
    expect(phoneticKey("bassum")).toBe(phoneticKey("basoom"));
    expect(firstNamesCompatible("chris", "christopher")).toBe(true);
    expect(firstNamesCompatible("dag", "dagvin")).toBe(true);
    expect(firstNamesCompatible("mohamed", "mamane")).toBe(false);
  });

  it("merges across documents only with blocking-compatible, consistent names", () => {
    const m = (docId: string, text: string, roles: string[] = []) => ({
      docId,
      start: 0,
      end: text.length,
      text,
      type: "PERSON" as const,
      confidence: 1,
      source: "test",
      flags: [],
      roles: roles.map((r) => ({ text: r, docId, start: 0, end: r.length })),
    });
    const r = resolveEntities([
      m("a", "Chris Maier"),
      m("b", "Chris Meier"),
      m("c", "Miller"),
      m("a", "Ali Lamine Zeine", ["Prime Minister"]),
      m("b", "Ali Lamine Sain", ["prime minister"]),
      m("c", "Mamane Sani Kiaou", ["chief of staff"]),
      m("a", "Mohamed Toumba"),
      m("b", "Mohamed Bassum"),
    ]);
    expect(r.entities.map((e) => [e.name, e.aliases.map((a) => a.text)])).toEqual([
      ["Chris Maier", ["Chris Meier"]],
      ["Miller", []],
      ["Ali Lamine Zeine", ["Ali Lamine Sain"]],
      ["Mamane Sani Kiaou", []],
      ["Mohamed Toumba", []],
      ["Mohamed Bassum", []],
    ]);
    const names = r.entities.map((e) => e.name);
    expect(names).toHaveLength(6);
    expect(names).toContain("Miller");
    expect(r.entities.find((e) => e.name === "Chris Maier")!.aliases[0]!.spellingVariant).toBe(true);
    expect(r.entities.find((e) => e.name === "Ali Lamine Zeine")!.aliases.map((a) => a.text)).toEqual(["Ali Lamine Sain"]);
    expect(r.entities.map((e) => e.id)).toEqual(["E1", "E2", "E3", "E4", "E5", "E6"]);
  });

  it("does not let a bare surname glue two people together across documents", () => {
    const m = (docId: string, text: string): Mention => ({ docId, start: 0, end: text.length, text, type: "PERSON", confidence: 1, source: "test", flags: [] });
    const names = (ms: Mention[]): string[][] => resolveEntities(ms).entities.map((e) => [e.name, ...e.aliases.map((a) => a.text)]);
    // "Clinton" alone in a third document: "Hillary Clinton" has more than twice the mentions of "Bill Clinton", so it takes it.
    expect(names([m("a", "Hillary Clinton"), m("a", "Hillary Clinton"), m("a", "Hillary Clinton"), m("b", "Bill Clinton"), m("c", "Clinton")])).toEqual([
      ["Hillary Clinton", "Clinton"],
      ["Bill Clinton"],
    ]);
    // Two people as often named: the bare surname stays on its own.
    expect(names([m("a", "Ron Paul"), m("b", "Rand Paul"), m("c", "Paul"), m("d", "Paul")])).toEqual([["Ron Paul"], ["Rand Paul"], ["Paul"]]);
    // One person with that surname: it joins.
    expect(names([m("a", "Chris Maier"), m("b", "Maier")])).toEqual([["Chris Maier", "Maier"]]);
  });
});

describe("words that are Object.prototype members", () => {
  it("never become types, seats or priorities", () => {
    const text = "Constructor of France met officials. The Constructor said so.\nHasOwnProperty of Mali, ToString of Niger.";
    const { mentions, entities } = extractEntities(text);
    for (const m of mentions) {
      expect(Mention.parse(m)).toBeTruthy();
      expect(typeof m.type).toBe("string");
      expect(m.refersTo === undefined || typeof m.refersTo === "string").toBe(true);
    }
    expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["France", "Mali", "Niger"]));
    expect(entities.every((e) => typeof e.type === "string")).toBe(true);
    expect(firstNamesCompatible("constructor", "tostring")).toBe(false);
  });
});

describe("errors", () => {
  it("throws a typed error for bytes that are not a model", () => {
    let caught: unknown;
    try {
      decodeModel(new Uint8Array([1, 2, 3]), undefined);
    } catch (error) {
      caught = error;
    }
    expect(EntityExtractError.isInstance(caught)).toBe(true);
    expect((caught as InvalidModelError).code).toBe("EINVALIDMODEL");
  });
});

describe("event and law patterns", () => {
  it("finds named battles, wars and treaties", () => {
    const r = extractEntities("After the Battle of Antietam and before World War II, the Treaty of Versailles was signed. The war of words went on.");
    const byText = new Map(r.mentions.map((m) => [m.text, m.type]));
    expect(byText.get("Battle of Antietam")).toBe("EVENT");
    expect(byText.get("World War II")).toBe("EVENT");
    expect(byText.get("Treaty of Versailles")).toBe("LAW");
    expect([...byText.keys()].some((t) => t.startsWith("war of"))).toBe(false);
  });

  it("gives a law's head the capitalised name before it, without a determiner", () => {
    const text = "The Clean Air Act of 1970 and the Justice for Victims of Trafficking Act of 2015 passed. Act of 1990 rules followed.";
    const laws = extractEntities(text).mentions.filter((m) => m.type === "LAW").map((m) => m.text);
    expect(laws).toContain("Clean Air Act of 1970");
    expect(laws).toContain("Justice for Victims of Trafficking Act of 2015");
    expect(laws).toContain("Act of 1990");
    expect(laws.some((t) => t.startsWith("The ") || t.startsWith("passed"))).toBe(false);
  });
});

describe("documents and headlines", () => {
  it("flags mentions inside the document's title span and keeps the docId", () => {
    const text = "Chris Maier Meets Nigerien Junta In Niamey\n\nChris Maier met Nigerien officials in Niamey on Monday.";
    const r = extractEntities(doc(text, { id: "h1", titleSpan: { start: 0, end: text.indexOf("\n") } }));
    const inTitle = r.mentions.filter((m) => m.end <= text.indexOf("\n"));
    expect(inTitle.length).toBeGreaterThan(0);
    for (const m of inTitle) expect(m.flags).toContain("headline");
    for (const m of r.mentions) expect(m.docId).toBe("h1");
    const maier = r.entities.find((e) => e.name === "Chris Maier")!;
    expect(maier.mentions.length).toBe(2);
  });

  it("names the producing parser or refiner on every mention", () => {
    const r = extractEntities("Interior Minister Mohamed Toumba said the CNSP and Nigerien forces met in Niamey.", { docId: "s1" });
    const known = new Set(["tagger", "gazetteer", "pattern", "acronym", "overlap", "news-org", "armed-group", "country-type", "person-head", "facility", "org-head", "name-head", "quoted-title", "person-extent", "surname", "consistency", "title-role", "metonymy", "filter"]);
    expect(r.mentions.length).toBeGreaterThan(0);
    for (const m of r.mentions) {
      expect(known.has(m.source), m.source).toBe(true);
      expect(m.docId).toBe("s1");
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("can skip resolution", () => {
    const r = extractEntities("Chris Maier met Nigerien officials.", { resolve: false });
    expect(r.entities).toEqual([]);
    expect(r.mentions.every((m) => m.entityId === undefined)).toBe(true);
  });
});
