import { describe, expect, it } from "vitest";
import { createArmedGroupRefiner, createCountryTypeRefiner, createDefaultConfiguration, createFacilityRefiner, createLexiconRefiner, createEntityExtractor, createNewsOrgRefiner, createPersonHeadRefiner, extractEntities, type Mention } from "../src/index.js";

const typeOf = (r: { mentions: Mention[] }, text: string) => r.mentions.filter((m) => m.text === text).map((m) => m.type);

describe("news-org refiner", () => {
  it("types news agencies as ORG even where the tagger says PERSON", () => {
    const r = extractEntities("According to Russia's state-owned news agency RIA Novosti, the Russian personnel arrived.");
    expect(typeOf(r, "RIA Novosti")).toEqual(["ORG"]);
    expect(r.mentions.find((m) => m.text === "RIA Novosti")!.source).toBe("news-org");
    expect(r.entities.filter((e) => e.type === "PERSON")).toEqual([]);
  });

  it("finds agencies, broadcasters and papers, with the article when the name has one", () => {
    const text = "Reuters, AP, AFP and TASS reported it; Sputnik, CNN and RTN showed it. The Washington Post and The New York Times confirmed, the official told The Hill.";
    const r = extractEntities(text);
    for (const name of ["Reuters", "AP", "AFP", "TASS", "Sputnik", "CNN", "RTN", "The Washington Post", "The New York Times", "The Hill"]) {
      expect(typeOf(r, name), name).toEqual(["ORG"]);
    }
    expect(r.mentions.find((m) => m.text === "Washington Post" || m.text === "New York Times")).toBeUndefined();
  });

  it("is case-sensitive and leaves longer names that contain an outlet alone", () => {
    const r = createEntityExtractor({ parsers: [], refiners: [createNewsOrgRefiner()] }).extract("an ap of reuters");
    expect(r.mentions).toEqual([]);
    const inner: Mention = { docId: "doc", start: 0, end: 17, text: "CNN International", type: "ORG", confidence: 0.8, source: "user", flags: [] };
    const keep = createEntityExtractor({ parsers: [{ name: "user", parse: () => [inner] }], refiners: [createNewsOrgRefiner()] }).extract("CNN International aired it.");
    expect(keep.mentions.map((m) => m.text)).toEqual(["CNN International"]);
  });
});

describe("country-type refiner", () => {
  it("types a country abbreviation as GPE like the full name", () => {
    const r = extractEntities("The US has reached an agreement with Niger. The United States and Niger said US forces will leave.");
    expect(new Set(typeOf(r, "US"))).toEqual(new Set(["GPE"]));
    expect(typeOf(r, "United States")).toEqual(["GPE"]);
    const us = r.entities.filter((e) => e.type === "GPE" && (e.name === "United States" || e.aliases.some((a) => a.text === "US")));
    expect(us.length).toBe(1);
  });

  it("leaves metonymy and non-country organisations alone", () => {
    const mentions: Mention[] = [
      { docId: "doc", start: 0, end: 2, text: "US", type: "ORG", confidence: 1, source: "user", flags: ["metonymy"] },
      { docId: "doc", start: 3, end: 7, text: "NATO", type: "ORG", confidence: 1, source: "user", flags: [] },
    ];
    const r = createEntityExtractor({ parsers: [{ name: "user", parse: () => mentions }], refiners: [createCountryTypeRefiner()] }).extract("US NATO", { resolve: false });
    expect(r.mentions.map((m) => m.type)).toEqual(["ORG", "ORG"]);
  });
});

describe("person-head refiner", () => {
  const orgBefore = (text: string, name: string): Mention[] => {
    const start = text.indexOf(name);
    return [{ docId: "doc", start, end: start + name.length, text: name, type: "ORG", confidence: 0.8, source: "user", flags: [] }];
  };
  const run = (text: string, mentions: Mention[]) =>
    createEntityExtractor({ parsers: [{ name: "user", parse: () => mentions }], refiners: [createPersonHeadRefiner()] }).extract(text, { resolve: false }).mentions;

  it("keeps a name before 'administration' or 'campaign' as PERSON, the head outside the name", () => {
    for (const text of ["as the Biden administration moves", "the Trump campaign said", "under the Obama presidency"]) {
      const name = text.split(" ").find((w) => /^[A-Z]/.test(w) && w !== "The")!;
      const [m] = run(text, orgBefore(text, name));
      expect(m!.type, text).toBe("PERSON");
      expect(m!.text).toBe(name);
      expect(m!.source).toBe("person-head");
    }
  });

  it("before 'government' only with a PERSON mention of that name in the document", () => {
    const party = "the Labour government fell";
    expect(run(party, orgBefore(party, "Labour"))[0]!.type).toBe("ORG");
    const text = "Benjamin Netanyahu spoke. The Netanyahu government fell.";
    const person: Mention = { docId: "doc", start: 0, end: 18, text: "Benjamin Netanyahu", type: "PERSON", confidence: 0.9, source: "user", flags: [] };
    const second = text.lastIndexOf("Netanyahu");
    const org: Mention = { docId: "doc", start: second, end: second + 9, text: "Netanyahu", type: "ORG", confidence: 0.8, source: "user", flags: [] };
    expect(run(text, [person, org]).map((m) => m.type)).toEqual(["PERSON", "PERSON"]);
  });

  it("leaves an institution's campaign and a group word alone", () => {
    for (const [text, name] of [["her first Senate campaign", "Senate"], ["the Labour Party campaign", "Labour Party"], ["a Democrat presidency", "Democrat"]] as const) {
      expect(run(text, orgBefore(text, name))[0]!.type, text).toBe("ORG");
    }
  });

  it("leaves acronyms and countries alone", () => {
    const text = "the NASA administration and the Niger government";
    expect(run(text, [...orgBefore(text, "NASA"), ...orgBefore(text, "Niger")]).map((m) => m.type)).toEqual(["ORG", "ORG"]);
  });

  it("in the full pipeline, Biden alone and before 'administration' is one PERSON entity", () => {
    const r = extractEntities("President Biden spoke on Monday. Later, the Biden administration said the troops would leave, Biden administration officials said.");
    expect(new Set(typeOf(r, "Biden"))).toEqual(new Set(["PERSON"]));
    expect(r.entities.filter((e) => e.name === "Biden").map((e) => e.type)).toEqual(["PERSON"]);
  });
});

describe("default configuration", () => {
  it("runs the lexicon refiners before the consistency refiner", () => {
    const names = createDefaultConfiguration().refiners.map((r) => r.name);
    expect(names.indexOf("news-org")).toBeLessThan(names.indexOf("consistency"));
    expect(names.indexOf("country-type")).toBeLessThan(names.indexOf("consistency"));
    expect(names.indexOf("person-head")).toBeLessThan(names.indexOf("consistency"));
  });
});

describe("facility refiner", () => {
  it("grows a cut-off name over 'Air Base' and its number and types it FAC", () => {
    const text = "Most of the troops are stationed at US Air Base 201, a six-year-old drone base near Agadez.";
    const r = extractEntities(text);
    const fac = r.mentions.filter((m) => m.type === "FAC");
    expect(fac.map((m) => m.text)).toEqual(["US Air Base 201"]);
    expect(fac[0]!.source).toBe("facility");
    expect(fac[0]!.refersTo).toBeUndefined();
    expect(r.mentions.find((m) => m.text === "US Air")).toBeUndefined();
    expect(r.entities.find((e) => e.name === "US Air Base 201")?.type).toBe("FAC");
  });

  it("only with a capitalised head word within two words, and not in headlines", () => {
    const mk = (text: string, name: string): Mention => {
      const start = text.indexOf(name);
      return { docId: "doc", start, end: start + name.length, text: name, type: "PERSON", confidence: 0.8, source: "user", flags: [] };
    };
    const run = (text: string, name: string, titleEnd?: number) =>
      createEntityExtractor({ parsers: [{ name: "user", parse: () => [mk(text, name)] }], refiners: [createFacilityRefiner()] }).extract(
        titleEnd === undefined ? text : { id: "doc", seq: null, source: null, title: null, titleSpan: { start: 0, end: titleEnd }, publishedAt: null, text, excluded: [], paragraphs: [], sentences: [] },
        { resolve: false },
      ).mentions;
    expect(run("They flew into Kennedy Airport on Monday.", "Kennedy").map((m) => [m.text, m.type])).toEqual([["Kennedy Airport", "FAC"]]);
    expect(run("Kennedy said the base would close.", "Kennedy").map((m) => m.type)).toEqual(["PERSON"]);
    expect(run("Kennedy Visits Old Navy Base", "Kennedy").map((m) => m.type)).toEqual(["PERSON"]);
    const headline = "Kennedy Base Closes\n\nIt closed.";
    expect(run(headline, "Kennedy", headline.indexOf("\n")).map((m) => m.type)).toEqual(["PERSON"]);
  });
});

describe("filter refiner and all-capitals words", () => {
  it("keeps a sentence-initial country abbreviation that spells a common word", () => {
    const r = extractEntities("Russia sent instructors.\n\nUS officials said on Friday that the troops would leave.");
    expect(r.mentions.filter((m) => m.text === "US").map((m) => m.type)).toEqual(["GPE"]);
  });

  it("keeps it at the start of a sentence-case headline", () => {
    const text = "US reaches agreement with Niger to withdraw forces\n\nThe US has reached an agreement with Niger.";
    const r = extractEntities({ id: "h", seq: null, source: null, title: null, titleSpan: { start: 0, end: text.indexOf("\n") }, publishedAt: null, text, excluded: [], paragraphs: [], sentences: [] });
    const first = r.mentions.find((m) => m.start === 0);
    expect(first?.text).toBe("US");
    expect(first?.type).toBe("GPE");
    expect(first?.flags).toContain("headline");
  });

  it("still drops sentence-initial common words written with one capital", () => {
    const r = extractEntities("Us and them. However, Thousands marched.");
    expect(r.mentions.map((m) => m.text)).toEqual([]);
  });
});

describe("armed-group refiner and createLexiconRefiner", () => {
  it("finds al-Qaeda behind its lower-case article, also before a hyphenated suffix", () => {
    const r = extractEntities("groups linked to al-Qaeda and the Islamic State fought al Qaeda-linked rebels and Boko Haram.");
    expect(r.mentions.filter((m) => m.type === "ORG").map((m) => m.text)).toEqual(["al-Qaeda", "Islamic State", "al Qaeda", "Boko Haram"]);
    // The refiner alone finds it (the shipped tagger now often finds it too, and then keeps its source).
    const alone = createEntityExtractor({ parsers: [], refiners: [createArmedGroupRefiner()] }).extract("groups linked to al-Qaeda fought.", { resolve: false });
    expect(alone.mentions.map((m) => [m.text, m.source])).toEqual([["al-Qaeda", "armed-group"]]);
  });

  it("lets users type their own name lists, keeping already-correct mentions untouched", () => {
    const parties = createLexiconRefiner({ name: "parties", names: ["Labour", "Conservative Party"], type: "ORG" });
    const keep: Mention = { docId: "doc", start: 0, end: 6, text: "Labour", type: "ORG", confidence: 0.7, source: "user", flags: [] };
    const r = createEntityExtractor({ parsers: [{ name: "user", parse: () => [keep] }], refiners: [parties] }).extract("Labour and the Conservative Party, not labour.", { resolve: false });
    expect(r.mentions.map((m) => [m.text, m.type, m.source])).toEqual([
      ["Labour", "ORG", "user"],
      ["Conservative Party", "ORG", "parties"],
    ]);
  });
});
