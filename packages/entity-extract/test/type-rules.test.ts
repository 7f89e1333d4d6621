import { describe, expect, it } from "vitest";
import { decodeModelFile, encodeModelFile, extractEntities, InvalidModelError, loadShippedModel } from "../src/index.js";
import { readFixture } from "../scripts/lib/business-fixture.js";

const typed = (text: string): [string, string][] => extractEntities(text, { resolve: false }).mentions.map((m) => [m.text, m.type]);

describe("companies", () => {
  it("types a name with a corporate head or legal-form suffix as ORG", () => {
    const got = typed("Halvorsen Energy agreed to buy Baltic Wind. Veritas Pharma AG and Redfern Insurance plc reported results.");
    expect(got).toContainEqual(["Halvorsen Energy", "ORG"]);
    expect(got).toContainEqual(["Baltic Wind", "ORG"]);
    expect(got).toContainEqual(["Veritas Pharma AG", "ORG"]);
  });

  it("types a name next to a business cue as ORG, and every later occurrence of it", () => {
    const got = typed("Analysts at Bernstein said the price was high. Quantix shares rose 8 percent. Bernstein kept its rating. Quantix also hired staff.");
    expect(got.filter(([t]) => t === "Bernstein")).toEqual([["Bernstein", "ORG"], ["Bernstein", "ORG"]]);
    expect(got.filter(([t]) => t === "Quantix")).toEqual([["Quantix", "ORG"], ["Quantix", "ORG"]]);
  });

  it("knows banks and brokers whose names look like people's, with punctuation inside the name", () => {
    const got = typed("Analysts at Keefe, Bruyette & Woods and Morgan Stanley agreed.");
    expect(got).toContainEqual(["Keefe, Bruyette & Woods", "ORG"]);
    expect(got).toContainEqual(["Morgan Stanley", "ORG"]);
  });

  it("gives the short form of a company the company's type unless a person has it as a surname", () => {
    const org = typed("Halvorsen Energy bought Baltic Wind. The board of Halvorsen met on Friday.");
    expect(org).toContainEqual(["Halvorsen", "ORG"]);
    const person = typed("Ingrid Halvorsen runs Halvorsen Energy. Halvorsen said the deal was good.");
    expect(person).toContainEqual(["Ingrid Halvorsen", "PERSON"]);
    expect(person).not.toContainEqual(["Halvorsen", "ORG"]);
  });

  it("leaves places, nationalities, streets, digits and common words alone", () => {
    const { mentions } = extractEntities("German shares fell. Wall Street analysts were calm. Learners acquiring L2 grammar improved. Bank shares rose.", { resolve: false });
    expect(mentions.filter((m) => m.source === "company")).toEqual([]);
  });

  it("does not make a person a company after a weak cue, nor start a company at 'Former'", () => {
    const { mentions } = extractEntities("Mr. Yushchenko defeated his rival Viktor Yanukovych in a repeat election. Former U.S. Federal Reserve Chairman Paul Volcker spoke.", { resolve: false });
    expect(mentions.filter((m) => m.text === "Viktor Yanukovych").map((m) => m.type)).toEqual(["PERSON"]);
    expect(mentions.map((m) => m.text)).not.toContain("Former U.S. Federal Reserve");
  });
});

describe("facilities, events and party words", () => {
  it("marks party words before a lower-case word as NORP, not inside a party's name", () => {
    const got = typed("A Republican senator and Democratic leaders met the Democratic Party.");
    expect(got).toContainEqual(["Republican", "NORP"]);
    expect(got).toContainEqual(["Democratic", "NORP"]);
    expect(got).toContainEqual(["Democratic Party", "ORG"]);
  });

  it("types buildings, monuments and venues as FAC, research centres as ORG", () => {
    const got = typed("Protesters met at the Lincoln Memorial, near the Capitol, and later at the Pulse nightclub. The Pew Research Center published a poll.");
    expect(got).toContainEqual(["Lincoln Memorial", "FAC"]);
    expect(got).toContainEqual(["Capitol", "FAC"]);
    expect(got).toContainEqual(["Pulse", "FAC"]);
    expect(got).not.toContainEqual(["Pew Research Center", "FAC"]);
  });

  it("finds observances and date-named events", () => {
    const got = typed("Schools marked Black History Month. The September 11 attacks and the 9/11 attacks are one event. We met on Monday.");
    expect(got).toContainEqual(["Black History Month", "EVENT"]);
    expect(got).toContainEqual(["September 11", "EVENT"]);
    expect(got).toContainEqual(["9/11", "EVENT"]);
    expect(got.map(([t]) => t)).not.toContain("Monday");
  });
});

describe("model file", () => {
  it("round-trips model bytes and clusters, and rejects other bytes with InvalidModelError", async () => {
    const shipped = await loadShippedModel();
    expect(shipped.clusters?.fine.size).toBeGreaterThan(1000);
    expect(() => decodeModelFile(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toThrow(InvalidModelError);
    const file = encodeModelFile(new Uint8Array([9, 9, 9]), "a\t1\t2");
    expect(() => decodeModelFile(file)).toThrow(InvalidModelError); // three bytes are no model
    expect(() => decodeModelFile(file.subarray(0, 9))).toThrow(InvalidModelError); // truncated
  });
});

describe("business-news fixture", () => {
  it("has 30 articles whose gold spans slice back to their names", () => {
    const articles = readFixture();
    expect(articles).toHaveLength(30);
    for (const a of articles) {
      expect(a.gold.length).toBeGreaterThan(2);
      for (const g of a.gold) expect(a.text.slice(g.start, g.end)).toBe(g.text);
      expect(a.text).not.toMatch(/\]\([A-Z_]+\)/);
    }
  });
});
