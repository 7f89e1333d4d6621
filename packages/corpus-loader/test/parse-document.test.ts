import { describe, expect, it } from "vitest";
import { createDocumentParser, defaultBoilerplateRules, parseDocument, type BoilerplateRule } from "../src/index.js";

const excludedTexts = (text: string, options = {}) => {
  const doc = parseDocument(text, options);
  return doc.excluded.map((x) => [x.ruleId, text.slice(x.start, x.end)]);
};

describe("boilerplate rules", () => {
  it("marks bylines, datelines and photo credits, keeping authors and dateline", () => {
    const text =
      "Niger asks US troops to leave\n\nBy Jane Doe and John Roe, Reuters\n\nNIAMEY, Niger (AP) — The junta said on Sunday it wanted the troops out. Officials agreed.\n\nPhoto: Getty Images\n\nA soldier stands guard. (John Smith/AFP)\n\nReporting by Jane Doe; Editing by Ann Poe";
    const doc = parseDocument(text);
    expect(doc.excluded.map((x) => [x.ruleId, text.slice(x.start, x.end)])).toEqual([
      ["byline", "By Jane Doe and John Roe, Reuters"],
      ["dateline", "NIAMEY, Niger (AP) —"],
      ["photo-credit", "Photo: Getty Images"],
      ["photo-credit", "(John Smith/AFP)"],
      ["contributor-line", "Reporting by Jane Doe; Editing by Ann Poe"],
    ]);
    expect(doc.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(doc.dateline).toBe("NIAMEY, Niger");
    const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain("The junta said on Sunday it wanted the troops out.");
    expect(sentences).toContain("A soldier stands guard.");
    expect(doc.title).toBe("Niger asks US troops to leave");
  });

  it("does not exclude ordinary news paragraphs", () => {
    const text =
      "Officials said the sign-up period for the program ends Friday.\n\nRead the statement, officials urged, before judging it.\n\nThe report was updated by the ministry last week.\n\nBy the end of the week, troops had left.\n\nThe Washington Post reported from Niamey that talks stalled.\n\nBy Monday, Niger had agreed.\n\nMr. Rastin also contributed $300,000 to an independent group.\n\nThe AP-NORC poll found support fell. Correct.";
    expect(excludedTexts(text)).toEqual([]);
  });

  it("rules are data: switch off, replace, extend", () => {
    const text = "Body text here. Fine.\n\nSign Up Now\n\nPROMO: buy our mug";
    expect(excludedTexts(text).map((x) => x[0])).toEqual(["newsletter-cta"]);
    expect(excludedTexts(text, { disableRules: ["newsletter-cta"] })).toEqual([]);
    const promo: BoilerplateRule = { id: "promo", reason: "promotion", scope: "paragraph", test: (u) => u.text.startsWith("PROMO:") };
    const parser = createDocumentParser({ extraRules: [promo] });
    expect(parser.parse(text).excluded.map((x) => x.ruleId)).toEqual(["newsletter-cta", "promo"]);
    const only = createDocumentParser({ rules: defaultBoilerplateRules.filter((r) => r.id === "see-also") });
    expect(only.parse(text).excluded).toEqual([]);
  });

  it("keeps the first of two identical paragraphs", () => {
    const para = "The United States and Niger are committed to ongoing diplomatic dialogue, the statement said.";
    const text = `${para}\n\nSomething else entirely happened here.\n\n${para}`;
    const doc = parseDocument(text);
    expect(doc.excluded).toHaveLength(1);
    expect(doc.excluded[0]!.start).toBe(text.lastIndexOf(para));
    expect(doc.excluded[0]!.reason).toBe("repeats paragraph 1");
  });

  it("splits lists into one paragraph per item", () => {
    const text = "Key points:\n- First point here.\n- Second point.\n1. Numbered item.\n\nAfter.";
    const doc = parseDocument(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Key points:",
      "- First point here.",
      "- Second point.",
      "1. Numbered item.",
      "After.",
    ]);
  });

  it("finds a given title in the text", () => {
    const doc = parseDocument("Big News Today\n\nBody. More.", { title: "Big  News Today" });
    expect(doc.titleSpan).toEqual({ start: 0, end: 14 });
  });
});
